import { useEffect, useRef, useState } from 'react';

const UNSET = Symbol('unset');

/**
 * The value once it has stayed unchanged for `delayMs`; undefined until it first changes, so the
 * value the page opens with is not reported. Intermediate values of a drag never come out. (For
 * a value that follows lone changes at once and waits only during fast ones, see `useCalmValue`.)
 */
export function useSettledValue<T>(value: T, delayMs: number): T | undefined {
  const initial = useRef<T | typeof UNSET>(value);
  const [settled, setSettled] = useState<T>();
  useEffect(() => {
    if (initial.current !== UNSET && Object.is(value, initial.current)) return;
    initial.current = UNSET;
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
