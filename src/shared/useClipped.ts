import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether `end`, an empty mark at the end of a text, lies outside `box`'s visible area: the text
 * is then cut short (a one-line ellipsis, a line clamp). An IntersectionObserver reports only
 * changes, in the browser's own rendering steps, so a text that changes at every step of the
 * slider costs no task or layout read of its own (a check after each change would cost both).
 */
export function useClipped(box: RefObject<HTMLElement | null>, end: RefObject<HTMLElement | null>): boolean {
  const [clipped, setClipped] = useState(false);
  useEffect(() => {
    const root = box.current;
    const target = end.current;
    if (!root || !target || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last) setClipped(!last.isIntersecting);
      },
      { root },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [box, end]);
  return clipped;
}
