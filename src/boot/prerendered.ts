import type { Dataset } from '../domain/dataset';
import { parseLocation } from '../domain/params';

/**
 * Whether the page's pre-rendered HTML (drawn for `renderedYear`, nothing selected) is exactly
 * what the app will render for this address, so it can be hydrated rather than redrawn.
 * A query that changes the view (`?year=2004` on `/1999/`, `?country=`, invalid values) means redraw.
 */
export function canHydrate(renderedYear: string | undefined, pathname: string, search: string, data: Dataset): boolean {
  if (renderedYear === undefined) return false;
  const { state, problems } = parseLocation(pathname, search, data);
  return problems.length === 0 && state.country === undefined && String(state.year) === renderedYear;
}
