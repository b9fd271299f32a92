import { useEffect, useState, type RefObject } from 'react';

/**
 * CSS pixels per viewBox unit of a map `viewWidth` units wide that fills the width of `ref`,
 * followed with a ResizeObserver; 1 until measured (and where there is no layout, as in jsdom).
 */
export function useRenderedScale(ref: RefObject<Element | null>, viewWidth: number): number {
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = entry?.contentRect.width ?? 0;
      if (w > 0) setScale(w / viewWidth);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, viewWidth]);
  return scale;
}
