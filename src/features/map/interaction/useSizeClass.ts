import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The size class (`classOf` of the drawn map's width in CSS px) of `ref`'s element, followed with a
 * ResizeObserver. The map (`aspect`: its width over its height) fits the element both ways, so on a
 * wide, short box its width is the height's share, not the box's. Renders again only when the class
 * changes, never on a resize within it. `initial` holds where there is no layout (jsdom, the
 * pre-rendered page) until measured.
 */
export function useSizeClass(
  ref: RefObject<HTMLElement | null>,
  classOf: (width: number) => number,
  initial: number,
  aspect: number,
): number {
  const [size, setSize] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentRect;
      const width = box && box.height > 0 ? Math.min(box.width, box.height * aspect) : (box?.width ?? 0);
      if (width > 0) setSize(classOf(width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, classOf, aspect]);
  return size;
}
