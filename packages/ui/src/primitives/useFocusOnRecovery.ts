import { useEffect, useRef } from 'react';

/**
 * Where focus goes once a retry succeeds: the Try again that held it is gone with its alert, and
 * focus would fall to the page. `arm(...targets)` when the retry starts; once `recovered` turns
 * true, focus moves to the first element inside `ref`'s element that matches a target, tried in
 * order. Focus the person moved elsewhere meanwhile stays where they put it; focus that fell to the
 * page or to a container around the view (a dialog) is moved. While focus is still inside the view
 * (the element that held it not yet replaced), it waits: pass what replaces it as `settled` (for
 * example the state the view shows) to look again when that changes.
 *
 * @example const { ref, arm } = useFocusOnRecovery<HTMLDivElement>(state === 'ready'); // arm('h3', 'button')
 */
export function useFocusOnRecovery<T extends HTMLElement>(recovered: boolean, settled?: unknown) {
  const ref = useRef<T>(null);
  const armed = useRef<readonly string[]>([]);
  useEffect(() => {
    const targets = armed.current;
    if (!recovered || targets.length === 0) return;
    const root = ref.current;
    const active = root?.ownerDocument.activeElement;
    // Still inside the view: what held focus is still there (the answer has not replaced it yet).
    if (active && root?.contains(active)) return;
    armed.current = [];
    // Focus that fell (to the page, or to a container around the view: a Radix dialog takes it
    // when the focused button is removed) moves on; focus the person put elsewhere stays.
    if (active && active !== active.ownerDocument.body && !active.contains(root)) return;
    for (const target of targets) {
      const element = root?.querySelector<HTMLElement>(target);
      if (element) return element.focus();
    }
  }, [recovered, settled]);
  return {
    ref,
    arm: (...targets: string[]) => {
      armed.current = targets;
    },
  };
}
