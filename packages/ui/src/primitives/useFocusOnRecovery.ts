import { useEffect, useRef } from 'react';

/**
 * Where focus goes once a retry succeeds: the Try again that held it is gone with its alert, and
 * focus would fall to the page. `arm(...targets)` when the retry starts; once `recovered` turns
 * true, focus moves to the first element inside `ref`'s element that matches a target, tried in
 * order. Focus the person moved elsewhere meanwhile stays where they put it.
 *
 * @example const { ref, arm } = useFocusOnRecovery<HTMLDivElement>(state === 'ready'); // arm('h3', 'button')
 */
export function useFocusOnRecovery<T extends HTMLElement>(recovered: boolean) {
  const ref = useRef<T>(null);
  const armed = useRef<readonly string[]>([]);
  useEffect(() => {
    const targets = armed.current;
    if (!recovered || targets.length === 0) return;
    armed.current = [];
    const active = ref.current?.ownerDocument.activeElement;
    if (active && active !== active.ownerDocument.body) return;
    for (const target of targets) {
      const element = ref.current?.querySelector<HTMLElement>(target);
      if (element) return element.focus();
    }
  }, [recovered]);
  return {
    ref,
    arm: (...targets: string[]) => {
      armed.current = targets;
    },
  };
}
