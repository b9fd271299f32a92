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
        <MapLabel key={l.code} label={l} />
      ))}
    </g>
  );
});

/**
 * One name: a year's placement is a new object, so it is compared by what it draws, and a name
 * that stays where it was is not rendered again at each step of the slider.
 */
const MapLabel = memo(
  function MapLabel({ label: l }: { label: PlacedLabel }) {
    return (
      <g>
        {l.leader && <line className="map-label__leader" x1={l.leader[0]} y1={l.leader[1]} x2={l.leader[2]} y2={l.leader[3]} />}
        <text className="map-label" data-label={l.code} x={round(l.x)} y={round(l.y)} textAnchor={l.anchor}>
          {l.text}
        </text>
      </g>
    );
  },
  (a, b) => sameLabel(a.label, b.label),
);

/** Whether two placements draw the same: text, place, anchor and leader line. */
function sameLabel(a: PlacedLabel, b: PlacedLabel): boolean {
  if (a === b) return true;
  if (a.code !== b.code || a.text !== b.text || round(a.x) !== round(b.x) || round(a.y) !== round(b.y) || a.anchor !== b.anchor)
    return false;
  if (!a.leader || !b.leader) return a.leader === b.leader;
  return a.leader.every((v, i) => v === b.leader![i]);
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
