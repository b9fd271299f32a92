import { useCallback, useState, type PointerEvent } from 'react';

/** A tooltip to show: its text and where, in CSS px from the map frame's top-left corner. */
export interface TooltipState {
  text: string;
  x: number;
  y: number;
  /** The frame's width, so the tooltip can open away from the nearer edge. */
  frameWidth: number;
}

/**
 * The map's tooltip: the name and status of the unit under a mouse or pen, and under a finger only
 * while it is pressed, so that on touch screens no tooltip stays behind after a tap.
 * `labelOf` gives the text for a unit code; event markers carry their own `aria-label`.
 */
export function useMapTooltip(labelOf: (code: string) => string | undefined) {
  const [tip, setTip] = useState<TooltipState | null>(null);

  const show = useCallback(
    (e: PointerEvent<Element>) => {
      const target = e.target instanceof Element ? e.target.closest('[data-unit], [data-event]') : null;
      const code = target?.getAttribute('data-unit');
      const text = code ? labelOf(code) : target?.getAttribute('aria-label');
      const frame = e.currentTarget.parentElement?.getBoundingClientRect();
      if (!text || !frame) return setTip(null);
      setTip({ text, x: e.clientX - frame.left, y: e.clientY - frame.top, frameWidth: frame.width });
    },
    [labelOf],
  );
  const hide = useCallback(() => setTip(null), []);

  const handlers = {
    onPointerMove: (e: PointerEvent<Element>) => {
      if (e.pointerType !== 'touch' || e.buttons) show(e);
    },
    onPointerDown: (e: PointerEvent<Element>) => {
      if (e.pointerType === 'touch') show(e);
    },
    onPointerUp: (e: PointerEvent<Element>) => {
      if (e.pointerType === 'touch') hide();
    },
    onPointerCancel: hide,
    onPointerLeave: hide,
  };
  return { tip, handlers, hide };
}
