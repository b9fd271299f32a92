import { memo } from 'react';
import type { MapGeometry } from '../../core/geo/geometry';
import { shapeAnchor } from '../../core/geo/anchors';
import type { DrawnItem } from '../../core/view/yearView';
import type { Status } from '../../core/domain/types';

/** Radius of a small state's target in CSS px: a 26 px target, over WCAG's 24 px minimum. */
export const MARKER_RADIUS = 13;
/** Radii of the dot seen, in CSS px: smaller for a non-member, so that only members catch the eye. */
const DOT_RADIUS = { member: 5, joined: 5, 'non-member': 3 } as const;

interface SmallStateMarkersProps {
  units: DrawnItem[];
  geometry: MapGeometry;
  selected?: string;
  /** The unit whose path has keyboard focus: its marker shows it. */
  focused?: string;
  onSelect: (code: string) => void;
}

/**
 * A dot on each small state, at its centroid, over an invisible round target big enough to tap
 * at any size or zoom (both scaled by the CSS variable `--s`). It carries the unit's data attributes but is hidden from
 * assistive technology and the tab order: the country's own path stays the one focus stop.
 */
export const SmallStateMarkers = memo(function SmallStateMarkers({ units, geometry, selected, focused, onSelect }: SmallStateMarkersProps) {
  return (
    <g className="small-states">
      {units.map((u) => {
        const c = shapeAnchor(geometry, u.shapeId);
        if (!c) return null;
        return (
          <SmallStateMarker
            key={u.shapeId}
            x={c[0]}
            y={c[1]}
            code={u.code}
            status={u.status}
            statusTokens={u.statusTokens}
            eu={u.eu}
            euStatus={u.euStatus}
            selected={u.code === selected}
            focused={u.code === focused}
            onSelect={onSelect}
          />
        );
      })}
    </g>
  );
});

interface SmallStateMarkerProps {
  x: number;
  y: number;
  code: string;
  status: Status;
  statusTokens: string;
  eu: boolean;
  euStatus: Status;
  selected: boolean;
  focused: boolean;
  onSelect: (code: string) => void;
}

/** One marker: plain props, so that a year step renders only the markers whose state changed. */
const SmallStateMarker = memo(function SmallStateMarker({
  x,
  y,
  code,
  status,
  statusTokens,
  eu,
  euStatus,
  selected,
  focused,
  onSelect,
}: SmallStateMarkerProps) {
  return (
    <g transform={`translate(${x} ${y})`}>
      <circle
        className={[`small-state small-state--${status}`, selected && 'small-state--selected', focused && 'small-state--focus']
          .filter(Boolean)
          .join(' ')}
        r={MARKER_RADIUS}
        data-unit={code}
        data-member={status !== 'non-member'}
        data-status={statusTokens}
        data-eu={eu}
        aria-hidden="true"
        onClick={() => onSelect(code)}
      />
      <circle
        className={`small-state__dot small-state__dot--${status} small-state__dot--eu-${euStatus}`}
        r={DOT_RADIUS[status]}
        aria-hidden="true"
      />
    </g>
  );
});
