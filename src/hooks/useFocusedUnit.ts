import { useState, type FocusEvent } from 'react';

/**
 * The unit whose shape has keyboard focus inside the map, so that a small state's marker can show
 * the focus its tiny path cannot. Spread `handlers` on the map's root element.
 */
export function useFocusedUnit() {
  const [focused, setFocused] = useState<string>();
  const handlers = {
    onFocus: (e: FocusEvent<Element>) => setFocused(e.target.getAttribute('data-unit') ?? undefined),
    onBlur: () => setFocused(undefined),
  };
  return { focused, handlers };
}
