import { DismissableLayerBranch } from '@radix-ui/react-dismissable-layer';
import { useContext, useSyncExternalStore, type ComponentPropsWithoutRef } from 'react';
import { createPortal } from 'react-dom';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { useRootClassName } from '../lib/KitThemeContext.js';
import { Toast } from './Toast.js';
import { ToastContext } from './ToastContext.js';
import type { ToastItem, ToastStore } from './toastStore.js';
import { useToastTimer } from './useToastTimer.js';

const noItems: readonly ToastItem[] = [];
const noStore = { subscribe: () => () => {}, getSnapshot: () => noItems };
// <body> never changes: nothing to subscribe to. On the server, and while hydrating, there is none.
const getBody = () => document.body;
const getNoBody = () => null;

/** Props of `Toaster`. */
export type ToasterProps = ComponentPropsWithoutRef<'section'>;

/**
 * Shows the toasts of the surrounding `ToastProvider` in a corner of the window, announced through
 * a polite live region. Portaled to `<body>` so no host `overflow`/`z-index` clips it, and kept
 * outside a modal dialog's dismiss area so dismissing a toast does not close the dialog.
 */
export function Toaster({ className, ...props }: ToasterProps) {
  const store = useContext(ToastContext);
  const items = useSyncExternalStore((store ?? noStore).subscribe, (store ?? noStore).getSnapshot, () => noItems);
  const messages = useMessages();
  const rootClassName = useRootClassName(
    cn(
      'ik:pointer-events-none ik:fixed ik:inset-x-0 ik:bottom-0 ik:z-[60] ik:flex ik:justify-end ik:p-4 ik:sm:inset-x-auto ik:sm:end-0 ik:sm:w-96',
      className,
    ),
  );
  // The live region must exist before a toast arrives, and a modal's aria-hidden keeps [aria-live].
  const container = useSyncExternalStore(noStore.subscribe, getBody, getNoBody);
  if (!container) return null;

  return createPortal(
    <DismissableLayerBranch asChild>
      <section data-slot="toaster" aria-label={messages.toast.region} className={rootClassName} {...props}>
        <div role="status" aria-live="polite" className="ik:flex ik:w-full ik:flex-col ik:gap-2">
          {items.map((item) => (
            <TimedToast key={item.id} item={item} store={store} />
          ))}
        </div>
      </section>
    </DismissableLayerBranch>,
    container,
  );
}

function TimedToast({ item, store }: { item: ToastItem; store: ToastStore | null }) {
  const dismiss = () => store?.dismiss(item.id);
  const { pause, resume } = useToastTimer(item.duration, dismiss);
  return (
    <Toast
      title={item.title}
      description={item.description}
      tone={item.tone}
      onDismiss={dismiss}
      onMouseEnter={pause}
      onMouseLeave={resume}
      onFocus={pause}
      onBlur={resume}
    />
  );
}
