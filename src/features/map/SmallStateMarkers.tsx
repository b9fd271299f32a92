import { memo } from 'react';
import type { MapGeometry } from '../../core/geo/geometry';
import { shapeAnchor } from '../../core/geo/anchors';
import type { DrawnItem } from '../../core/view/yearView';

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
          <g key={u.shapeId} transform={`translate(${c[0]} ${c[1]})`}>
            <circle
              className={[
                `small-state small-state--${u.status}`,
                u.code === selected && 'small-state--selected',
                u.code === focused && 'small-state--focus',
              ]
                .filter(Boolean)
                .join(' ')}
              r={MARKER_RADIUS}
              data-unit={u.code}
              data-member={u.status !== 'non-member'}
              data-status={u.statusTokens}
              data-eu={u.eu}
              aria-hidden="true"
              onClick={() => onSelect(u.code)}
            />
            <circle
              className={`small-state__dot small-state__dot--${u.status} small-state__dot--eu-${u.euStatus}`}
              r={DOT_RADIUS[u.status]}
              aria-hidden="true"
            />
          </g>
        );
      })}
    </g>
  );
});
