import { useCallback, useLayoutEffect, useState } from 'react';
import { useQuietTimer } from './useQuietTimer';

/**
 * `value`, for the parts of the page that can wait while it moves fast. A change that comes after
 * a pause of `quietMs` or more shows at once, in the same render; changes that follow each other
 * more closely (a slider being dragged, a key held down) show once they stop, `quietMs` after the
 * last one. The page spends each step of a scrub only on what must follow it. (`useSettledValue`,
 * for the live region, differs: it reports nothing until the value has stayed put.)
 */
export function useCalmValue<T>(value: T, quietMs: number): T {
  const [seen, setSeen] = useState({ value, calm: value, at: Number.NEGATIVE_INFINITY });
  if (!Object.is(seen.value, value)) {
    // Adjusting state while rendering: React renders this component again at once, before any of
    // its children, so a lone change costs no second pass over the page. The clock is read only
    // when the value has changed, and a render that React discards and redoes reads a time a few
    // milliseconds later: at worst a change right at the edge of `quietMs` counts as a pause.
    // eslint-disable-next-line react-hooks/purity
    const at = performance.now();
    setSeen({ value, calm: at - seen.at >= quietMs ? value : seen.calm, at });
  }
  // Already calm (a lone change came in before the timer fired): the same state, no render.
  const { touch } = useQuietTimer(
    quietMs,
    useCallback(() => setSeen((s) => (Object.is(s.calm, s.value) ? s : { ...s, calm: s.value })), []),
  );
  // Each change while the value is ahead of `calm` notes the time, in the commit: no passive
  // effect to schedule and no timer to clear at every step of a scrub (see useQuietTimer).
  useLayoutEffect(() => {
    if (!Object.is(seen.calm, seen.value)) touch();
  }, [seen, touch]);
  return seen.calm;
}
