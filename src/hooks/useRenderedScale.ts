import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * CSS pixels per viewBox unit of a map `viewWidth` units wide that fills the width of `ref`:
 * followed with a ResizeObserver, whose first report comes after layout and before paint, so
 * reading the size never forces a layout of its own. 1 where there is no layout (as in jsdom).
 */
export function useRenderedScale(ref: RefObject<Element | null>, viewWidth: number): number {
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (width: number) => {
      if (width > 0) setScale(width / viewWidth);
    };
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => measure(entry?.contentRect.width ?? 0));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, viewWidth]);
  return scale;
}
