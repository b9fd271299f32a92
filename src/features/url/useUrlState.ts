import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Dataset } from '../../core/domain/dataset';
import type { Lens } from '../../core/domain/types';
import { parseLocation, viewAddress, yearInPathAndQuery, type ParamProblem, type ViewState } from '../../core/domain/params';
import { viewUrl } from '../../core/view/shareLinks';
import { useQuietTimer } from '../../shared/useQuietTimer';

/** How long a year must stay put before the next change opens a new history entry. */
const SETTLE_MS = 600;

interface UrlState {
  state: ViewState;
  problems: ParamProblem[];
}

/**
 * Owns every `history` call. The URL is the source of truth for year and selection:
 * a drag adds one history entry and writes the year it settles on into it, a selection
 * adds one, and Back/Forward restore what the user saw.
 * `openLater`: the first render shows no country (it hydrates a page pre-rendered without one),
 * and the country the address names opens right after, as a transition.
 */
export function useUrlState(data: Dataset, at?: Where, openLater = false) {
  // `at` is where the page is being pre-rendered (there is no window at build time).
  const [current, setCurrent] = useState<UrlState>(() => {
    const first = read(at ?? window.location, data);
    return openLater ? { ...first, state: { ...first.state, country: undefined } } : first;
  });
  const latest = useRef(current);
  const open = useRef(false);
  // A year not yet written to the address. During a drag the address is written when the year
  // settles, not at every step: each history write costs the main thread several milliseconds
  // (and makes Chrome fetch the page's icon again), which a scrub cannot afford.
  const pending = useRef(false);

  const commit = useCallback(
    (next: UrlState, how: 'push' | 'replace' | 'none') => {
      latest.current = next;
      setCurrent(next);
      if (how !== 'none') write(next.state, data, how);
    },
    [data],
  );

  const flush = useCallback(() => {
    if (pending.current) write(latest.current.state, data, 'replace');
    pending.current = false;
  }, [data]);

  // Once the year has stayed put: the address gets the year it settled on, and the next change opens a new entry.
  const settled = useCallback(() => {
    flush();
    open.current = false;
  }, [flush]);
  const { touch: touchSettle, cancel: cancelSettle } = useQuietTimer(SETTLE_MS, settled);

  useEffect(() => {
    // Drop invalid values from the address so they are not shared further; the notice stays. A
    // year page whose query names a year gets the app's own form of the address (`/?year=1999`).
    const { pathname, search } = window.location;
    if (openLater) {
      // A transition: the details render in slices after hydration, not in one long task.
      const { country } = read(window.location, data).state;
      startTransition(() => commit({ ...latest.current, state: { ...latest.current.state, country } }, 'none'));
    }
    if (latest.current.problems.length > 0 || yearInPathAndQuery(pathname, search, data)) write(latest.current.state, data, 'replace');
    const onPop = () => {
      open.current = false;
      pending.current = false;
      cancelSettle();
      commit(read(window.location, data), 'none');
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [data, commit, cancelSettle, openLater]);

  /** Shows the year. `replace` keeps rewriting the current entry (playback), whatever the pace. */
  const setYear = useCallback(
    (year: number, how: 'auto' | 'replace' = 'auto') => {
      const prev = latest.current;
      if (prev.state.year === year) return;
      const next = { ...prev, state: { ...prev.state, year } };
      if (how === 'replace') {
        commit(next, 'replace');
        pending.current = false;
      } else {
        // While the year keeps moving, the address waits: it is written once the year settles.
        commit(next, open.current ? 'none' : 'push');
        pending.current = open.current;
      }
      open.current = true;
      touchSettle();
    },
    [commit, touchSettle],
  );

  const select = useCallback(
    (country: string | undefined) => {
      const prev = latest.current;
      if (prev.state.country === country) return;
      flush();
      cancelSettle();
      open.current = false;
      commit({ ...prev, state: { ...prev.state, country } }, 'push');
    },
    [commit, flush, cancelSettle],
  );

  /** Shows the map in another lens: one history entry, like a selection. */
  const setLens = useCallback(
    (lens: Lens) => {
      const prev = latest.current;
      if ((prev.state.lens ?? 'nato') === lens) return;
      flush();
      cancelSettle();
      open.current = false;
      const state = { ...prev.state, lens: lens === 'nato' ? undefined : lens };
      commit({ ...prev, state }, 'push');
    },
    [commit, flush, cancelSettle],
  );

  const dismiss = useCallback(() => commit({ ...latest.current, problems: [] }, 'none'), [commit]);

  /** The view as it is now, for actions that read it when used (share, download, embed): stable, so their buttons need not re-render at every step. */
  const now = useCallback(() => latest.current.state, []);
  /** The address of the view as it is now, to share: it may be ahead of the address bar (see `pending`). */
  const link = useCallback(() => viewUrl(window.location.href, latest.current.state, data), [data]);

  return { ...current, setYear, select, setLens, dismiss, now, link };
}

/** A page address: path and query string. */
export interface Where {
  pathname: string;
  search: string;
}

function read({ pathname, search }: Where, data: Dataset): UrlState {
  return parseLocation(pathname, search, data);
}

function write(state: ViewState, data: Dataset, how: 'push' | 'replace'): void {
  const { pathname, search, hash } = window.location;
  const url = `${viewAddress(pathname, search, state, data)}${hash}`;
  if (how === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
