import { useEffect, useRef } from 'react';

/**
 * Once a retry this part asked for (`arm`) has succeeded (`recovered`), focus moves to the first
 * `selector` inside `ref`'s element: the Try again that held it is gone.
 */
export function useFocusOnRecovery<T extends HTMLElement>(recovered: boolean, selector: string) {
  const ref = useRef<T>(null);
  const armed = useRef(false);
  useEffect(() => {
    if (!recovered || !armed.current) return;
    armed.current = false;
    ref.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [recovered, selector]);
  return {
    ref,
    arm: () => {
      armed.current = true;
    },
  };
}
