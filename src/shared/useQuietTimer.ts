import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Runs `onQuiet` (the latest one passed) once `touch` has not been called for `quietMs`,
 * like a debounce, except that a touch only notes the time: the one timer running, when it fires
 * early, waits out the rest. The steps of a scrub (a touch each, a few milliseconds apart) so set
 * about one timer per `quietMs` and clear none, where a debounce clears one and sets one at every
 * step. `cancel` drops a pending `onQuiet`; unmounting cancels too.
 */
export function useQuietTimer(quietMs: number, onQuiet: () => void) {
  const clock = useRef<{ last: number; timer?: number }>({ last: 0 });
  const quiet = useRef(onQuiet);
  useLayoutEffect(() => {
    quiet.current = onQuiet;
  }, [onQuiet]);
  const touch = useCallback(() => {
    const c = clock.current;
    c.last = performance.now();
    if (c.timer !== undefined) return;
    const check = () => {
      const left = c.last + quietMs - performance.now();
      if (left > 0) {
        c.timer = window.setTimeout(check, left);
        return;
      }
      c.timer = undefined;
      quiet.current();
    };
    c.timer = window.setTimeout(check, quietMs);
  }, [quietMs]);
  const cancel = useCallback(() => {
    window.clearTimeout(clock.current.timer);
    clock.current.timer = undefined;
  }, []);
  useEffect(() => cancel, [cancel]);
  return { touch, cancel };
}
