import type { MouseEvent } from 'react';
import { yearPagePath } from '../../core/domain/params';

/**
 * A link to a year's page (`/1990/`) that, once the app runs, changes the year in place instead:
 * without JavaScript it is a plain link; a click with a modifier key or another button (a new tab
 * or window) is left to the browser.
 */
export function yearLink(year: number, onGo: (year: number) => void) {
  return {
    href: yearPagePath(year),
    onClick: (e: MouseEvent<HTMLAnchorElement>) => {
      if (e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      onGo(year);
    },
  };
}
