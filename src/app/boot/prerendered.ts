import type { Dataset } from '../../core/domain/dataset';
import { parseLocation } from '../../core/domain/params';

/** Parameters that sharing adds to links and that never change what the app draws. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid)$/;

/**
 * Whether the page's pre-rendered HTML (drawn for `renderedYear`, nothing selected, no other
 * parameter) is exactly what the app will render for this address, so it can be hydrated rather
 * than redrawn. A query that changes the view (`?year=2004` on `/1999/`, `?country=`, invalid
 * values) or any parameter the build did not render for (`?embed=1`…) means redraw.
 */
export function canHydrate(renderedYear: string | undefined, pathname: string, search: string, data: Dataset): boolean {
  if (renderedYear === undefined) return false;
  const { state, problems } = parseLocation(pathname, search, data);
  const others = [...new URLSearchParams(search).keys()].filter((k) => k !== 'year' && !TRACKING.test(k));
  return problems.length === 0 && others.length === 0 && state.country === undefined && String(state.year) === renderedYear;
}
