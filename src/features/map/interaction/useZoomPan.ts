import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import {
  IDENTITY,
  panBy,
  pinch,
  reveal,
  sameTransform,
  wheelFactor,
  zoomAbout,
  type ViewPoint,
  type ViewSize,
  type ZoomTransform,
} from '../../../core/geo/zoomTransform';

/** How far (CSS px) a pointer must move before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD = 6;

/** What the zoom buttons and the map need: the transform and the three button actions. */
export interface ZoomPan {
  transform: ZoomTransform;
  zoomIn: () => void;
  zoomOut: () => void;
  reset: () => void;
  /** Pans a map point into view if it is outside, e.g. a country that received keyboard focus. */
  reveal: (p: ViewPoint) => void;
}

/**
 * Zoom and pan of an SVG map by wheel, drag and pinch on `ref`, clamped to 1–8× with the map kept in
 * view. A press that moved is a drag: its click is swallowed, so panning never opens a country.
 */
export function useZoomPan(ref: RefObject<SVGSVGElement | null>, size: ViewSize): ZoomPan {
  const [transform, setTransform] = useState(IDENTITY);
  const current = useRef(IDENTITY);
  const { width, height } = size;

  const update = useCallback((next: (t: ZoomTransform) => ZoomTransform): boolean => {
    const t = next(current.current);
    if (sameTransform(t, current.current)) return false;
    current.current = t;
    setTransform(t);
    return true;
  }, []);

  useEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const view = { width, height };
    // Client to viewBox coordinates. The map fits its box both ways ("meet"), so it can be
    // narrower or shorter than the box and centred in it: the screen matrix knows by how much.
    const toView = (e: { clientX: number; clientY: number }): ViewPoint => {
      const ctm = svg.getScreenCTM?.();
      if (ctm && ctm.a !== 0) return [(e.clientX - ctm.e) / ctm.a, (e.clientY - ctm.f) / ctm.d];
      const r = svg.getBoundingClientRect();
      const s = r.width > 0 ? width / r.width : 1;
      return [(e.clientX - r.left) * s, (e.clientY - r.top) * s];
    };
    const pointers = new Map<number, ViewPoint>();
    let start: [number, number] | null = null;
    let dragged = false;

    const onDown = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      if (pointers.size === 0) {
        start = [e.clientX, e.clientY];
        dragged = false;
      }
      pointers.set(e.pointerId, toView(e));
    };
    const onMove = (e: PointerEvent) => {
      const before = pointers.get(e.pointerId);
      if (!before || !start) return;
      const moved = Math.hypot(e.clientX - start[0], e.clientY - start[1]) >= DRAG_THRESHOLD;
      if (!dragged && !moved && pointers.size < 2) return;
      if (!dragged) {
        dragged = true;
        svg.setPointerCapture?.(e.pointerId);
      }
      const after = toView(e);
      const other = [...pointers].find(([id]) => id !== e.pointerId)?.[1];
      if (other) update((t) => pinch(t, [before, other], [after, other], view));
      else update((t) => panBy(t, after[0] - before[0], after[1] - before[1], view));
      pointers.set(e.pointerId, after);
    };
    const onUp = (e: PointerEvent) => {
      pointers.delete(e.pointerId);
      if (pointers.size === 0) start = null;
    };
    const onClick = (e: MouseEvent) => {
      if (!dragged) return;
      dragged = false;
      e.stopPropagation();
      e.preventDefault();
    };
    const onWheel = (e: WheelEvent) => {
      // Only take the wheel from the page while it actually zooms, so the page still scrolls at the limits.
      if (update((t) => zoomAbout(t, wheelFactor(e.deltaY, e.deltaMode), toView(e), view))) e.preventDefault();
    };

    svg.addEventListener('pointerdown', onDown);
    svg.addEventListener('pointermove', onMove);
    svg.addEventListener('pointerup', onUp);
    svg.addEventListener('pointercancel', onUp);
    svg.addEventListener('click', onClick, true);
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      svg.removeEventListener('pointerdown', onDown);
      svg.removeEventListener('pointermove', onMove);
      svg.removeEventListener('pointerup', onUp);
      svg.removeEventListener('pointercancel', onUp);
      svg.removeEventListener('click', onClick, true);
      svg.removeEventListener('wheel', onWheel);
    };
  }, [ref, width, height, update]);

  // The same object until the transform or the map's size changes, so the zoom buttons skip slider steps.
  return useMemo(() => {
    const centre: ViewPoint = [width / 2, height / 2];
    const view = { width, height };
    return {
      transform,
      zoomIn: () => update((t) => zoomAbout(t, 2, centre, view)),
      zoomOut: () => update((t) => zoomAbout(t, 0.5, centre, view)),
      reset: () => update(() => IDENTITY),
      reveal: (p: ViewPoint) => update((t) => reveal(t, p, view)),
    };
  }, [transform, width, height, update]);
}
