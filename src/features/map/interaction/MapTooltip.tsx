import type { TooltipState } from './useMapTooltip';

/**
 * The name and status under the pointer. Hidden from assistive technology, which reads the same
 * text from the country's accessible name. Opens away from the nearer side so it never overflows.
 */
export function MapTooltip({ text, x, y, frameWidth }: TooltipState) {
  const side = x > frameWidth / 2 ? 'map-tooltip map-tooltip--left' : 'map-tooltip';
  return (
    <div className={side} style={{ left: x, top: y }} aria-hidden="true">
      {text}
    </div>
  );
}
