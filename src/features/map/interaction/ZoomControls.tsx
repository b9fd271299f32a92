import { memo } from 'react';
import { MAX_SCALE, MIN_SCALE } from '../../../core/geo/zoomTransform';
import type { ZoomPan } from './useZoomPan';
import type { Strings } from '../../../i18n/strings';

type MapTools = Strings['mapTools'];

const icons = {
  in: 'M-6,0H6M0,-6V6',
  out: 'M-6,0H6',
  reset: 'M-7,-3V-7H-3M3,-7H7V-3M7,3V7H3M-3,7H-7V3',
};

/** The +, − and whole-map buttons; a button that can do nothing more says so with aria-disabled. */
export const ZoomControls = memo(function ZoomControls({ zoom, text }: { zoom: ZoomPan; text: MapTools['zoom'] }) {
  const { k, x, y } = zoom.transform;
  const button = (name: keyof typeof icons, action: () => void, idle: boolean) => (
    <button
      type="button"
      className="zoom-controls__button"
      aria-label={text[name]}
      title={text[name]}
      aria-disabled={idle || undefined}
      onClick={action}
    >
      <svg viewBox="-9 -9 18 18" width="18" height="18" aria-hidden="true">
        <path d={icons[name]} />
      </svg>
    </button>
  );
  return (
    <div className="zoom-controls" role="group" aria-label={text.group}>
      {button('in', zoom.zoomIn, k >= MAX_SCALE)}
      {button('out', zoom.zoomOut, k <= MIN_SCALE)}
      {button('reset', zoom.reset, k === 1 && x === 0 && y === 0)}
    </div>
  );
});
