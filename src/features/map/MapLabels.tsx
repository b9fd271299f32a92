import { memo, type CSSProperties } from 'react';
import type { PlacedLabel } from '../../core/view/labels/placeLabels';
import './mapLabels.css';

interface MapLabelsProps {
  /** The labels as placed for the map's size class (the same array while year and size stay). */
  labels: readonly PlacedLabel[];
  /** The text's size on screen, in CSS px. */
  fontPx: number;
}

/**
 * Names on the map, with a line to shapes too small to hold them. Hidden from assistive
 * technology: each unit already has an accessible name, and a second reading would be noise.
 */
export const MapLabels = memo(function MapLabels({ labels, fontPx }: MapLabelsProps) {
  if (labels.length === 0) return null;
  return (
    <g className="map-labels" aria-hidden="true" style={{ '--label-px': fontPx } as CSSProperties}>
      {labels.map((l) => (
        <g key={l.code}>
          {l.leader && <line className="map-label__leader" x1={l.leader[0]} y1={l.leader[1]} x2={l.leader[2]} y2={l.leader[3]} />}
          <text className="map-label" data-label={l.code} x={round(l.x)} y={round(l.y)} textAnchor={l.anchor}>
            {l.text}
          </text>
        </g>
      ))}
    </g>
  );
});

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
