import type { MapGeometry } from '../../../core/geo/geometry';
import type { ExportLabel } from './exportLabels';
import { EXPORT_DOT_RADIUS, toImage } from './exportLabels';
import type { ExportLayout, PlacedText } from './exportLayout';
import type { ExportModel, LegendKey } from './exportModel';
import { ExportPatterns, swatchFill } from './ExportPatterns';
import { EXPORT_FONT_FAMILY } from './measure';
import type { Palette } from './palette';

/** What one exported image is drawn from: the content, where it goes, and the font's @font-face rules. */
export interface ExportMapProps {
  geometry: MapGeometry;
  model: ExportModel;
  layout: ExportLayout<LegendKey>;
  labels: readonly ExportLabel[];
  fontFaces: string;
}

/**
 * The current view as one standalone SVG: title, subtitle, the framed map with its labels, legend
 * and source line, with colours, patterns and the font inline, so it opens the same in a browser,
 * an editor or a slide. Every text stays a `<text>`, at the place the layout measured for it.
 */
export function ExportMap({ geometry, model, layout, labels, fontFaces }: ExportMapProps) {
  const { width, height, map } = layout;
  const { palette: p } = model;
  const k = map.scale;
  const fillOf = (u: ExportModel['units'][number]) =>
    u.status === 'member'
      ? p.member
      : u.status === 'joined'
        ? 'url(#joined)'
        : u.statusTokens.includes('warsaw-pact')
          ? p.warsawPact
          : p.nonMember;
  const shape = (u: ExportModel['units'][number]) => (
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
  const { frame } = map;
  const markers = new Set(model.labels.markers);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={`'${EXPORT_FONT_FAMILY}', sans-serif`}
    >
      <title>{model.title}</title>
      <desc>{model.description}</desc>
      <style>{`${fontFaces}text{font-kerning:none;font-variant-ligatures:none}`}</style>
      <ExportPatterns palette={p} />
      <rect width={width} height={height} fill={p.background} />
      {[...layout.title, ...layout.subtitle].map((t, i) => (
        <Text key={`h${i}`} t={t} fill={i < layout.title.length ? p.text : p.muted} />
      ))}
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
      {model.units
        .filter((u) => markers.has(u.shapeId) && geometry.anchors.has(u.shapeId))
        .map((u) => {
          const [cx, cy] = toImage(layout, geometry.anchors.get(u.shapeId)!);
          return <circle key={`m${u.shapeId}`} cx={cx} cy={cy} r={EXPORT_DOT_RADIUS} fill={fillOf(u)} stroke={p.text} strokeWidth={0.75} />;
        })}
      <g>
        {labels.map(
          (l) =>
            l.leader && (
              <line
                key={`l${l.code}`}
                x1={l.leader[0]}
                y1={l.leader[1]}
                x2={l.leader[2]}
                y2={l.leader[3]}
                stroke={p.text}
                strokeWidth={0.75}
              />
            ),
        )}
        {labels.map((l) => (
          <Text key={l.code} t={l} fill={p.text} halo={p.background} />
        ))}
      </g>
      {layout.legend.map((item) => (
        <g key={item.key}>
          <rect
            x={item.swatch.x0}
            y={item.swatch.y0}
            width={item.swatch.x1 - item.swatch.x0}
            height={item.swatch.y1 - item.swatch.y0}
            fill={swatchFill(item.key, p)}
            stroke={p.muted}
            strokeWidth={1}
          />
          {item.lines.map((t, i) => (
            <Text key={i} t={t} fill={p.text} />
          ))}
        </g>
      ))}
      {layout.source.map((t, i) => (
        <Text key={`s${i}`} t={t} fill={p.muted} />
      ))}
    </svg>
  );
}

/** A measured line of text, with a halo under it on the map. */
function Text({ t, fill, halo }: { t: PlacedText; fill: string; halo?: string }) {
  return (
    <text
      x={round(t.x)}
      y={round(t.y)}
      fontSize={round(t.size)}
      fontWeight={t.weight === 'bold' ? 700 : 400}
      textAnchor={t.anchor === 'start' ? undefined : t.anchor}
      fill={fill}
      {...(halo && { stroke: halo, strokeWidth: 3, strokeLinejoin: 'round' as const, paintOrder: 'stroke' })}
    >
      {t.text}
    </text>
  );
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

function disputeStroke(kind: 'occupied' | 'disputed', p: Palette, k: number) {
  return kind === 'occupied'
    ? { stroke: p.occupiedLine, strokeWidth: 0.8 / k }
    : { stroke: p.disputedDot, strokeWidth: 0.8 / k, strokeDasharray: `${2 / k} ${1.5 / k}` };
}
