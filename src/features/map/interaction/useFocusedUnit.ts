import { useState, type FocusEvent } from 'react';

/** What received focus in the map: a unit's shape or an event's pin. */
export interface FocusTarget {
  unit?: string;
  event?: string;
}

/**
 * The unit whose shape has keyboard focus inside the map, so that a small state's marker can show
 * the focus its tiny path cannot; `onFocusTarget` hears of every focus (to pan it into view).
 * Spread `handlers` on the map's root element.
 */
export function useFocusedUnit(onFocusTarget?: (target: FocusTarget) => void) {
  const [focused, setFocused] = useState<string>();
  const handlers = {
    onFocus: (e: FocusEvent<Element>) => {
      const unit = e.target.getAttribute('data-unit') ?? undefined;
      setFocused(unit);
      onFocusTarget?.({ unit, event: e.target.getAttribute('data-event') ?? undefined });
    },
    onBlur: () => setFocused(undefined),
  };
  return { focused, handlers };
}
