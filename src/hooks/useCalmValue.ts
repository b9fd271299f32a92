import { useLayoutEffect, useRef, useState } from 'react';

/**
 * `value`, for the parts of the page that can wait while it moves fast. A change that comes after
 * a pause of `quietMs` or more shows at once (before the browser paints); changes that follow each
 * other more closely (a slider being dragged, a key held down) show once they stop, `quietMs` after
 * the last one. The page spends each step of a scrub only on what must follow it.
 */
export function useCalmValue<T>(value: T, quietMs: number): T {
  const [calm, setCalm] = useState(value);
  const last = useRef({ value, at: Number.NEGATIVE_INFINITY });
  useLayoutEffect(() => {
    if (Object.is(last.current.value, value)) return;
    const at = performance.now();
    const paused = at - last.current.at >= quietMs;
    last.current = { value, at };
    if (paused) {
      setCalm(value);
      return;
    }
    const timer = window.setTimeout(() => setCalm(value), quietMs);
    return () => window.clearTimeout(timer);
  }, [value, quietMs]);
  return calm;
}
