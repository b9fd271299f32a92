import type { MapGeometry } from '../../../core/geo/geometry';
import { EXPORT_DOT_RADIUS, toImage } from './exportLabels';
import type { ExportLayout } from './exportLayout';
import type { ExportModel, LegendKey } from './exportModel';
import type { Palette } from './palette';
import { swatchFill } from './ExportPatterns';
import { lensClass } from '../../../core/view/legendKeys';

type Unit = ExportModel['units'][number];

/**
 * The map's shapes in the image's map rectangle, showing the layout's frame (a nested viewport
 * clips the rest), with a dot on each small state. Stroke widths are divided by the scale so lines
 * keep their width in the image.
 */
export function ExportShapes({ geometry, model, layout }: { geometry: MapGeometry; model: ExportModel; layout: ExportLayout<LegendKey> }) {
  const { map } = layout;
  const { frame, scale: k } = map;
  const { palette: p } = model;
  const fillOf = (u: Unit) =>
    model.lens !== 'nato'
      ? swatchFill(lensClass(u, model.lens), p)
      : u.status === 'member'
        ? p.member
        : u.status === 'joined'
          ? 'url(#joined)'
          : u.statusTokens.includes('warsaw-pact')
            ? p.warsawPact
            : p.nonMember;
  const shape = (u: Unit) => (
    <path
      key={u.shapeId}
      d={geometry.shapes.get(u.shapeId) ?? ''}
      fill={fillOf(u)}
      stroke={p.border}
      strokeWidth={0.6 / k}
      strokeLinejoin="round"
    />
  );
  const selected = model.units.find((u) => u.code === model.selected);
  const { inset } = geometry;
  const markers = new Set(model.labels.markers);
  const dots = model.units.flatMap((u) => {
    const anchor = markers.has(u.shapeId) ? geometry.anchors.get(u.shapeId) : undefined;
    if (!anchor) return [];
    const [cx, cy] = toImage(layout, anchor);
    const inside = cx > map.x && cx < map.x + map.width && cy > map.y && cy < map.y + map.height;
    return inside ? [{ u, cx, cy }] : [];
  });
  return (
    <g id="map">
      <svg
        x={map.x}
        y={map.y}
        width={map.width}
        height={map.height}
        viewBox={`${frame.x0} ${frame.y0} ${frame.x1 - frame.x0} ${frame.y1 - frame.y0}`}
      >
        <rect x={frame.x0} y={frame.y0} width={frame.x1 - frame.x0} height={frame.y1 - frame.y0} fill={p.sea} />
        <path d={geometry.land} fill={p.land} />
        {model.units.filter((u) => !u.inset).map(shape)}
        {model.disputes.map((d) => (
          <path key={d.slug} d={geometry.disputes.get(d.slug) ?? ''} fill={`url(#${d.kind})`} {...disputeStroke(d.kind, p, k)} />
        ))}
        <rect x={inset.x} y={inset.y} width={inset.width} height={inset.height} fill={p.sea} stroke={p.muted} strokeWidth={0.9 / k} />
        {model.units.filter((u) => u.inset).map(shape)}
        {selected && <path d={geometry.shapes.get(selected.shapeId) ?? ''} fill="none" stroke={p.text} strokeWidth={2 / k} />}
      </svg>
      {dots.map(({ u, cx, cy }) => (
        <circle key={u.shapeId} cx={cx} cy={cy} r={EXPORT_DOT_RADIUS} fill={fillOf(u)} stroke={p.text} strokeWidth={0.75} />
      ))}
    </g>
  );
}

function disputeStroke(kind: 'occupied' | 'disputed', p: Palette, k: number) {
  return kind === 'occupied'
    ? { stroke: p.occupiedLine, strokeWidth: 0.8 / k }
    : { stroke: p.disputedDot, strokeWidth: 0.8 / k, strokeDasharray: `${2 / k} ${1.5 / k}` };
}
