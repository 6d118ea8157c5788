import { DismissableLayerBranch } from '@radix-ui/react-dismissable-layer';
import { useContext, useEffect, useRef, useState, useSyncExternalStore, type ComponentPropsWithoutRef } from 'react';
import { createPortal } from 'react-dom';
import { format } from '../i18n/format.js';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { useRootClassName } from '../lib/KitThemeContext.js';
import { useMirrorHost } from '../lib/mirrorHost.js';
import { Toast } from './Toast.js';
import { ToastContext } from './ToastContext.js';
import type { ToastItem } from './toastStore.js';
import { useToastTimer } from './useToastTimer.js';

const noItems: readonly ToastItem[] = [];
const noStore = { subscribe: () => () => {}, getSnapshot: () => noItems };
// <body> never changes: nothing to subscribe to. On the server, and while hydrating, there is none.
const getBody = () => document.body;
const getNoBody = () => null;
const defaultHotkey = ['F8'];
const stackClassName = 'ik:flex ik:w-full ik:flex-col ik:gap-2';

/** Props of `Toaster`. */
export interface ToasterProps extends ComponentPropsWithoutRef<'section'> {
  /**
   * The keys that move focus to the toasts, as `KeyboardEvent.code` values or modifier names
   * (`['altKey', 'KeyT']`), as Radix Toast takes them. Default `['F8']`; `[]` turns it off.
   */
  hotkey?: string[];
}

/**
 * Shows the toasts of the surrounding `ToastProvider` in a corner of the window: a "Notifications"
 * region that F8 (or `hotkey`) focuses. The pointer or focus inside it pauses every toast and
 * leaving resumes them all; `danger` toasts sit in an assertive live region, the others in a
 * polite one, both there before a toast arrives. Portaled to `<body>` so no host `overflow` or
 * `z-index` clips it, and kept outside a modal dialog's dismiss area.
 *
 * Radix Toast's behaviour, written out: Radix Toast makes each toast a dismissable layer, so while
 * one shows, Escape dismisses the toast instead of the connection dialog the user is in (and it
 * adds 9.8 kB gzip to the first load).
 */
export function Toaster({ className, hotkey = defaultHotkey, ...props }: ToasterProps) {
  const store = useContext(ToastContext);
  const items = useSyncExternalStore((store ?? noStore).subscribe, (store ?? noStore).getSnapshot, () => noItems);
  const messages = useMessages();
  const region = useRef<HTMLElement>(null);
  // Themed like the page it belongs to, read again with every change of toasts (the host may have
  // switched theme since the last one).
  const mirror = useMirrorHost(items);
  const [paused, setPaused] = useState(false);
  // Nothing left to hover or focus: the next toast starts its timer.
  if (paused && items.length === 0) setPaused(false);
  const rootClassName = useRootClassName(
    cn(
      'ik:pointer-events-none ik:fixed ik:inset-x-0 ik:bottom-0 ik:z-[60] ik:flex ik:flex-col ik:justify-end ik:gap-2 ik:p-4 ik:focus-visible:outline-2 ik:focus-visible:outline-ring ik:sm:inset-x-auto ik:sm:end-0 ik:sm:w-96',
      className,
    ),
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const keys = event as unknown as Record<string, unknown>;
      if (hotkey.length > 0 && hotkey.every((key) => keys[key] === true || event.code === key)) region.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [hotkey]);

  // The live regions must exist before a toast arrives, and a modal's aria-hidden keeps [aria-live].
  const container = useSyncExternalStore(noStore.subscribe, getBody, getNoBody);
  useEffect(() => mirror(region.current), [mirror, container]);
  if (!container) return null;

  const dismiss = (id: string) => {
    // A dismissed toast takes focus with it; keep it in the region, as Radix Toast does.
    if (region.current?.contains(document.activeElement)) region.current.focus();
    store?.dismiss(id);
  };
  const renderToast = (item: ToastItem) => (
    <TimedToast key={item.id} item={item} paused={paused} onDismiss={() => dismiss(item.id)} />
  );

  return createPortal(
    <DismissableLayerBranch asChild>
      <section
        ref={region}
        data-slot="toaster"
        data-paused={paused || undefined}
        tabIndex={-1}
        aria-label={format(messages.toast.region, { hotkey: hotkey.join('+').replace(/Key|Digit/g, '') })}
        className={rootClassName}
        onPointerMove={() => setPaused(true)}
        onPointerLeave={() => setPaused(region.current?.contains(document.activeElement) ?? false)}
        onFocus={() => setPaused(true)}
        onBlur={(event) => setPaused(region.current?.contains(event.relatedTarget) ?? false)}
        {...props}
      >
        <div role="status" aria-live="polite" className={stackClassName}>
          {items.filter((item) => item.tone !== 'danger').map(renderToast)}
        </div>
        {/* No role="alert": a form's inline errors keep that role to themselves. */}
        <div aria-live="assertive" className={stackClassName}>
          {items.filter((item) => item.tone === 'danger').map(renderToast)}
        </div>
      </section>
    </DismissableLayerBranch>,
    container,
  );
}

function TimedToast({ item, paused, onDismiss }: { item: ToastItem; paused: boolean; onDismiss: () => void }) {
  useToastTimer(item.duration, onDismiss, paused);
  return <Toast title={item.title} description={item.description} tone={item.tone} onDismiss={onDismiss} />;
}
