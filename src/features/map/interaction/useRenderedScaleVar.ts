import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps the CSS variables `--px` on `ref`'s element at its CSS pixels per viewBox unit (a map
 * `viewWidth` units wide that fills the element's width), for markers that keep their size on
 * screen, and `--map-width` at its width in CSS pixels, for markers that shrink on a small map.
 * Followed with a ResizeObserver, whose first report comes after layout and before paint,
 * and written straight to the element's style: measuring never forces a layout and never renders
 * the map again. Unset where there is no layout (as in jsdom, and in the pre-rendered page): CSS
 * then reads its fallbacks.
 */
export function useRenderedScaleVar(ref: RefObject<HTMLElement | null>, viewWidth: number): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      if (width <= 0) return;
      el.style.setProperty('--px', String(width / viewWidth));
      el.style.setProperty('--map-width', String(width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, viewWidth]);
}
