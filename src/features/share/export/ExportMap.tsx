import type { MapGeometry } from '../../../core/geo/geometry';
import type { ExportLabel } from './exportLabels';
import type { ExportLayout, PlacedText } from './exportLayout';
import type { ExportModel, LegendKey } from './exportModel';
import { ExportPatterns, swatchFill } from './ExportPatterns';
import { ExportShapes } from './ExportShapes';
import { EXPORT_FONT_FAMILY } from './measure';

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
 * an editor or a slide. Every text stays a `<text>`, at the place the layout measured for it; the
 * parts are groups named by id (title, subtitle, labels, legend, source), as layers in an editor.
 */
export function ExportMap({ geometry, model, layout, labels, fontFaces }: ExportMapProps) {
  const { width, height } = layout;
  const { palette: p } = model;
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
      <Lines id="title" texts={layout.title} fill={p.text} />
      <Lines id="subtitle" texts={layout.subtitle} fill={p.muted} />
      <ExportShapes geometry={geometry} model={model} layout={layout} />
      <g id="labels">
        {labels.map(
          ({ code, leader: l }) => l && <line key={code} x1={l[0]} y1={l[1]} x2={l[2]} y2={l[3]} stroke={p.text} strokeWidth={0.75} />,
        )}
        {labels.map((l) => (
          <Text key={l.code} t={l} fill={p.text} halo={p.background} />
        ))}
      </g>
      <g id="legend">
        {layout.legend.map(({ key, swatch: s, lines }) => (
          <g key={key}>
            <rect x={s.x0} y={s.y0} width={s.x1 - s.x0} height={s.y1 - s.y0} fill={swatchFill(key, p)} stroke={p.muted} strokeWidth={1} />
            {lines.map((t, i) => (
              <Text key={i} t={t} fill={p.text} />
            ))}
          </g>
        ))}
      </g>
      <Lines id="source" texts={layout.source} fill={p.muted} />
    </svg>
  );
}

function Lines({ id, texts, fill }: { id: string; texts: readonly PlacedText[]; fill: string }) {
  return (
    <g id={id}>
      {texts.map((t, i) => (
        <Text key={i} t={t} fill={fill} />
      ))}
    </g>
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
