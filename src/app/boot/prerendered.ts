import type { Dataset } from '../../core/domain/dataset';
import { parseLocation } from '../../core/domain/params';
import { DEFAULT_LANGUAGE } from '../../i18n/languages';

/** Parameters that sharing adds to links and that never change what the app draws. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid)$/;

/**
 * Whether the page's pre-rendered HTML (drawn for `renderedYear`, nothing selected, no other
 * parameter) is what the app renders first for this address, so it can be hydrated rather than
 * redrawn. A country named in the address does not prevent it: the app hydrates the page as drawn
 * and opens the country's details just after (see useUrlState's `openLater`), which spares a
 * whole client render in one long task. A year or language other than the page's, invalid values or any
 * parameter the build did not render for (`?embed=1`…) mean redraw.
 */
export function canHydrate(
  renderedYear: string | undefined,
  pathname: string,
  search: string,
  data: Dataset,
  renderedLang: string = DEFAULT_LANGUAGE,
): boolean {
  if (renderedYear === undefined) return false;
  const { state, problems } = parseLocation(pathname, search, data);
  const others = [...new URLSearchParams(search).keys()].filter(
    (k) => k !== 'year' && k !== 'country' && k !== 'lang' && !TRACKING.test(k),
  );
  return (
    problems.length === 0 && others.length === 0 && String(state.year) === renderedYear && (state.lang ?? DEFAULT_LANGUAGE) === renderedLang
  );
}
