import { useCallback, useLayoutEffect, useRef } from 'react';
import { useQuietTimer } from '../shared/useQuietTimer';

/**
 * Keeps the browser tab's title (and so bookmarks and history entries) at `title`: at once when
 * the page starts, then once it has stayed the same for `quietMs`. Writing `document.title` costs
 * the main thread several milliseconds (up to tens on a slow phone, as the browser is told), too
 * much for every step of the slider.
 */
export function useDocumentTitle(title: string, quietMs = 0): void {
  const latest = useRef(title);
  const started = useRef(false);
  const { touch } = useQuietTimer(
    quietMs,
    useCallback(() => {
      if (document.title !== latest.current) document.title = latest.current;
    }, []),
  );
  // In the commit, like the other quiet timers: no passive effect to schedule at every step.
  useLayoutEffect(() => {
    latest.current = title;
    if (started.current) touch();
    else {
      started.current = true;
      document.title = title;
    }
  }, [title, touch]);
}
