import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The size class (`classOf` of its width in CSS px) of `ref`'s element, followed with a
 * ResizeObserver. Renders again only when the class changes, never on a resize within it.
 * `initial` holds where there is no layout (jsdom, the pre-rendered page) until measured.
 */
export function useSizeClass(ref: RefObject<HTMLElement | null>, classOf: (width: number) => number, initial: number): number {
  const [size, setSize] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      if (width > 0) setSize(classOf(width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, classOf]);
  return size;
}
