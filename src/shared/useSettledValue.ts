import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useQuietTimer } from './useQuietTimer';

const UNSET = Symbol('unset');

/**
 * The value once it has stayed unchanged for `delayMs`; undefined until it first changes, so the
 * value the page opens with is not reported. Intermediate values of a drag never come out. (For
 * a value that follows lone changes at once and waits only during fast ones, see `useCalmValue`.)
 */
export function useSettledValue<T>(value: T, delayMs: number): T | undefined {
  const initial = useRef<T | typeof UNSET>(value);
  const latest = useRef(value);
  const [settled, setSettled] = useState<T>();
  const { touch } = useQuietTimer(
    delayMs,
    useCallback(() => setSettled(latest.current), []),
  );
  // Each change notes the time, in the commit: no passive effect to schedule and no timer to
  // clear at every step of a scrub (see useQuietTimer).
  useLayoutEffect(() => {
    if (initial.current !== UNSET && Object.is(value, initial.current)) return;
    initial.current = UNSET;
    latest.current = value;
    touch();
  }, [value, touch]);
  return settled;
}
