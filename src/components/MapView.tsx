import type { DisputeRecord } from '../domain/types';
import type { MapGeometry } from '../map/geometry';
import type { UnitDescription } from '../view/describe';
import { Country } from './Country';
import { Disputes } from './Disputes';
import { Patterns } from './Patterns';

/** A unit to draw: its description and its shape id in the atlas. */
export interface DrawnItem extends UnitDescription {
  shapeId: string;
  inset?: string;
}

interface MapViewProps {
  geometry: MapGeometry;
  units: DrawnItem[];
  disputes: (DisputeRecord & { label: string })[];
  selected?: string;
  label: string;
  insetLabel: string;
  onSelect: (code: string) => void;
}

/** The map: pre-projected paths whose fills and attributes follow the year. */
export function MapView({ geometry, units, disputes, selected, label, insetLabel, onSelect }: MapViewProps) {
  const { width, height, inset } = geometry;
  const selectedShape = units.find((u) => u.code === selected)?.shapeId;
  const country = (u: DrawnItem) => (
    <Country
      key={u.shapeId}
      code={u.code}
      d={geometry.shapes.get(u.shapeId) ?? ''}
      status={u.status}
      statusTokens={u.statusTokens}
      label={u.label}
      selected={u.code === selected}
      onSelect={onSelect}
    />
  );
  return (
    <svg className="map" viewBox={`0 0 ${width} ${height}`} role="group" aria-label={label}>
      <Patterns />
      <rect className="sea" width={width} height={height} />
      <path className="land" d={geometry.land} aria-hidden="true" />
      <g className="units">{units.filter((u) => !u.inset).map(country)}</g>
      <Disputes disputes={disputes} paths={geometry.disputes} />
      <g className="inset" role="group" aria-label={insetLabel}>
        <rect className="inset__frame" x={inset.x} y={inset.y} width={inset.width} height={inset.height} />
        {units.filter((u) => u.inset).map(country)}
      </g>
      {selectedShape && <path className="selection" d={geometry.shapes.get(selectedShape)} aria-hidden="true" />}
    </svg>
  );
}
