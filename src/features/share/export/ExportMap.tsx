import type { MapGeometry } from '../../../core/geo/geometry';
import type { ExportModel, LegendKey } from './exportModel';
import type { Palette } from './palette';

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const PAD = 24;
const HEADER = 84;
const LEGEND = 44;
const CREDIT_LINE = 18;

/** Size of the exported image in SVG units: the map's width, its height plus title, legend and credits. */
export function exportSize(geometry: MapGeometry, model: ExportModel): { width: number; height: number } {
  return { width: geometry.width, height: HEADER + geometry.height + LEGEND + model.credits.length * CREDIT_LINE + PAD };
}

/**
 * The current view as one standalone SVG: title, map, legend and credits, with every colour and
 * pattern written inline (no stylesheet), so it opens the same in a browser, an editor or a slide.
 */
export function ExportMap({ geometry, model }: { geometry: MapGeometry; model: ExportModel }) {
  const { width, height } = exportSize(geometry, model);
  const { palette: p } = model;
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
      strokeWidth={0.5}
      strokeLinejoin="round"
    />
  );
  const selected = model.units.find((u) => u.code === model.selected);
  const { inset } = geometry;
  const legendTop = HEADER + geometry.height + 14;
  const column = (width - 2 * PAD) / model.legend.length;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} fontFamily={FONT}>
      <title>{model.title}</title>
      <desc>{`${model.subtitle}. ${model.credits.join(' ')}`}</desc>
      <ExportPatterns palette={p} />
      <rect width={width} height={height} fill={p.background} />
      <text x={PAD} y={PAD + 24} fontSize={28} fontWeight={700} fill={p.text}>
        {model.title}
      </text>
      <text x={PAD} y={PAD + 50} fontSize={16} fill={p.muted}>
        {model.subtitle}
      </text>
      <g transform={`translate(0 ${HEADER})`}>
        <rect width={width} height={geometry.height} fill={p.sea} />
        <path d={geometry.land} fill={p.land} />
        {model.units.filter((u) => !u.inset).map(shape)}
        {model.disputes.map((d) => (
          <path key={d.slug} d={geometry.disputes.get(d.slug) ?? ''} fill={`url(#${d.kind})`} {...disputeStroke(d.kind, p)} />
        ))}
        <rect x={inset.x} y={inset.y} width={inset.width} height={inset.height} fill={p.sea} stroke={p.muted} strokeWidth={0.75} />
        {model.units.filter((u) => u.inset).map(shape)}
        {selected && <path d={geometry.shapes.get(selected.shapeId) ?? ''} fill="none" stroke={p.text} strokeWidth={2} />}
      </g>
      {model.legend.map((item, i) => (
        <g key={item.key} transform={`translate(${PAD + i * column} ${legendTop})`}>
          <rect width={24} height={16} fill={swatchFill(item.key, p)} stroke={p.muted} strokeWidth={1} />
          <text x={32} y={13} fontSize={14} fill={p.text}>
            {item.label}
          </text>
        </g>
      ))}
      {model.credits.map((line, i) => (
        <text key={line} x={PAD} y={HEADER + geometry.height + LEGEND + (i + 1) * CREDIT_LINE} fontSize={12} fill={p.muted}>
          {line}
        </text>
      ))}
    </svg>
  );
}

function swatchFill(key: LegendKey, p: Palette): string {
  if (key === 'member') return p.member;
  if (key === 'non-member') return p.nonMember;
  if (key === 'warsaw-pact') return p.warsawPact;
  return `url(#${key})`;
}

function disputeStroke(kind: 'occupied' | 'disputed', p: Palette) {
  return kind === 'occupied'
    ? { stroke: p.occupiedLine, strokeWidth: 0.8 }
    : { stroke: p.disputedDot, strokeWidth: 0.8, strokeDasharray: '2 1.5' };
}

/** The app's patterns (components/Patterns.tsx) with their colours inline. */
function ExportPatterns({ palette: p }: { palette: Palette }) {
  return (
    <defs>
      <pattern id="joined" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill={p.joined} />
        <line x1="0" y1="0" x2="0" y2="6" stroke={p.joinedLine} strokeWidth={2} />
      </pattern>
      <pattern id="occupied" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <line x1="0" y1="0" x2="0" y2="5" stroke={p.occupiedLine} strokeWidth={1.5} />
      </pattern>
      <pattern id="disputed" width="4" height="4" patternUnits="userSpaceOnUse">
        <circle cx="2" cy="2" r="0.9" fill={p.disputedDot} />
      </pattern>
    </defs>
  );
}
