import * as Dialog from '@radix-ui/react-dialog';
import type { ComponentPropsWithoutRef } from 'react';
import { cn } from '../lib/cn.js';
import { useRootClassName } from '../lib/KitThemeContext.js';
import { useMirrorHost } from '../lib/mirrorHost.js';

/** Props of {@link DialogLayer}: Radix `Dialog.Content`'s, plus `top` for a layer over the connection dialog. */
export interface DialogLayerProps extends ComponentPropsWithoutRef<typeof Dialog.Content> {
  top?: boolean;
}

/**
 * A modal layer of the kit, portalled under the kit's root class: a dimmed overlay and a centred
 * panel, both themed like the kit block they open from.
 */
export function DialogLayer({ top, className, onEscapeKeyDown, ...props }: DialogLayerProps) {
  const root = useRootClassName();
  const mirror = useMirrorHost();
  const z = top ? 'ik:z-50' : 'ik:z-40';
  return (
    <Dialog.Portal>
      <Dialog.Overlay ref={mirror} className={cn(root, z, 'ik:fixed ik:inset-0 ik:bg-[rgb(0_0_0/0.45)]')} />
      <Dialog.Content
        ref={mirror}
        className={cn(
          root,
          z,
          'ik:fixed ik:left-1/2 ik:top-1/2 ik:-translate-x-1/2 ik:-translate-y-1/2 ik:rounded-kit ik:border ' +
            'ik:border-border ik:bg-surface ik:p-5 ik:text-fg ik:shadow-xl',
          className,
        )}
        onEscapeKeyDown={(event) => {
          // Radix hears Escape on the document before any part can: a part that answers Escape
          // itself (the mapping picker) marks itself so the layer stays open.
          if (event.target instanceof Element && event.target.closest('[data-own-escape]')) event.preventDefault();
          onEscapeKeyDown?.(event);
        }}
        {...props}
      />
    </Dialog.Portal>
  );
}
