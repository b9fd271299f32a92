import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps the CSS variables `--px` on `ref`'s element at its CSS pixels per viewBox unit, and
 * `--map-width` at the drawn map's width in CSS pixels, for markers that keep their size on
 * screen and markers that shrink on a small map. The map (`viewWidth` × `viewHeight` units) fits
 * the element both ways, as an SVG with `preserveAspectRatio` "meet" does: the scale is the smaller
 * of width and height over the view's. Followed with a ResizeObserver, whose first report comes
 * after layout and before paint, and written straight to the element's style: measuring never
 * forces a layout and never renders the map again. Unset where there is no layout (as in jsdom,
 * and in the pre-rendered page): CSS then reads its fallbacks.
 */
export function useRenderedScaleVar(ref: RefObject<HTMLElement | null>, viewWidth: number, viewHeight: number): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      const height = entry?.contentRect.height ?? 0;
      if (width <= 0) return;
      // A box with no height yet (the SVG sizes itself from its width) is as tall as the map.
      const scale = height > 0 ? Math.min(width / viewWidth, height / viewHeight) : width / viewWidth;
      el.style.setProperty('--px', String(scale));
      el.style.setProperty('--map-width', String(scale * viewWidth));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, viewWidth, viewHeight]);
}
