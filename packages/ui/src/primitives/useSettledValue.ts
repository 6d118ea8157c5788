import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `delay` ms, and not while `hold` (an input method still
 * composing): what a live region should say, so a screen reader hears where typing settled rather
 * than every keystroke on the way (as React Aria's combobox waits before it announces).
 *
 * @example const said = useSettledValue(query, 500, composing);
 */
export function useSettledValue<T>(value: T, delay: number, hold = false): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (hold) return;
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay, hold]);
  return settled;
}
