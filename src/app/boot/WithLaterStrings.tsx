import { startTransition, useEffect, useState, type ReactNode } from 'react';
import type { Strings } from '../../i18n/strings';

/**
 * Renders the page with `first` (what the pre-rendered page was made with, so hydration matches),
 * then with `later`'s strings once they arrive (the events' long texts, build/eventTexts.ts), as a
 * transition. Renders nothing of its own.
 */
export function WithLaterStrings({
  first,
  later,
  children,
}: {
  first: Strings;
  later: Promise<Strings>;
  children: (s: Strings) => ReactNode;
}) {
  const [shown, setShown] = useState(first);
  useEffect(() => {
    let live = true;
    later.then(
      (s) => live && startTransition(() => setShown(s)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [later]);
  return children(shown);
}
