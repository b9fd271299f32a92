import type { Box } from '../../../core/view/labels/placeLabels';
import { FONT_ASCENT, FONT_DESCENT, textWidth, type FontWeight } from './measure';
import { frameToAspect } from './exportFrame';
import { wrapText } from './wrap';

/** A line of text placed in the image: `y` is its baseline, `box` its line box (what getBBox measures). */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: FontWeight;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** The two shapes of exported image: wide (as tall as the map needs) and square, for social media. */
export const exportShapes = {
  wide: { width: 1000, height: undefined, type: 1 },
  square: { width: 1200, height: 1200, type: 1.5 },
} as const;
export type ExportShape = keyof typeof exportShapes;

/** What the layout places: the texts, and the map's frame in map units. */
export interface LayoutInput<K extends string> {
  shape: ExportShape;
  title: string;
  subtitle: string;
  legend: readonly { key: K; label: string }[];
  source: string;
  frame: Box;
  geometry: { width: number; height: number };
}

/** Where everything goes in the image, in image units (CSS px). */
export interface ExportLayout<K extends string> {
  width: number;
  height: number;
  title: PlacedText[];
  subtitle: PlacedText[];
  /** The map's rectangle in the image, the part of the map it shows, and image units per map unit. */
  map: { x: number; y: number; width: number; height: number; frame: Box; scale: number };
  legend: { key: K; swatch: Box; lines: PlacedText[] }[];
  source: PlacedText[];
  /** The size of the map's labels. */
  labelSize: number;
}

const LINE = 1.25;

/** A line of text at (x, baseline y), with its box from the font's metrics. */
export function placeText(
  text: string,
  x: number,
  y: number,
  size: number,
  weight: FontWeight,
  anchor: PlacedText['anchor'] = 'start',
): PlacedText {
  const w = textWidth(text, size, weight);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { text, x, y, size, weight, anchor, box: { x0, y0: y - FONT_ASCENT * size, x1: x0 + w, y1: y + FONT_DESCENT * size } };
}

/** Lines stacked from `top`, each `LINE` sizes below the last; returns them and the bottom they reach. */
function stack(
  lines: readonly string[],
  x: number,
  top: number,
  size: number,
  weight: FontWeight,
): { texts: PlacedText[]; bottom: number } {
  const lead = ((LINE - FONT_ASCENT - FONT_DESCENT) / 2) * size;
  const texts = lines.map((line, i) => placeText(line, x, top + i * LINE * size + lead + FONT_ASCENT * size, size, weight));
  return { texts, bottom: top + lines.length * LINE * size };
}

/**
 * Lays out an exported image from measured text: title and subtitle wrapped to the width, the map,
 * the legend flowed into rows (a label too long for a row wraps within its entry), and the source
 * wrapped under it. Nothing overlaps, in any language, because every width comes from the font.
 */
export function exportLayout<K extends string>(input: LayoutInput<K>): ExportLayout<K> {
  const { width, height: fixedHeight, type } = exportShapes[input.shape];
  const pad = 24 * type;
  const inner = width - 2 * pad;
  const sizes = { title: 28 * type, subtitle: 16 * type, legend: 14 * type, source: 11 * type, label: 11 * type };

  const title = stack(wrapText(input.title, inner, sizes.title, 'bold'), pad, pad, sizes.title, 'bold');
  const subtitle = stack(wrapText(input.subtitle, inner, sizes.subtitle), pad, title.bottom + 2 * type, sizes.subtitle, 'regular');
  const mapTop = subtitle.bottom + 12 * type;

  const legendBlock = flowLegend(input.legend, pad, inner, sizes.legend, type);
  const sourceLines = wrapText(input.source, inner, sizes.source);
  const footer = 14 * type + legendBlock.height + 12 * type + sourceLines.length * LINE * sizes.source + pad;

  const natural = input.frame;
  const mapHeight =
    fixedHeight === undefined ? (width * (natural.y1 - natural.y0)) / (natural.x1 - natural.x0) : fixedHeight - mapTop - footer;
  const frame = frameToAspect(natural, width, mapHeight, input.geometry);
  const scale = width / (frame.x1 - frame.x0);
  const legendTop = mapTop + mapHeight + 14 * type;
  const legend = legendBlock.entries.map((e) => ({
    key: e.key,
    swatch: shift(e.swatch, legendTop),
    lines: e.lines.map((t) => ({ ...t, y: t.y + legendTop, box: shift(t.box, legendTop) })),
  }));
  const source = stack(sourceLines, pad, legendTop + legendBlock.height + 12 * type, sizes.source, 'regular');
  return {
    width,
    height: fixedHeight ?? Math.ceil(source.bottom + pad),
    title: title.texts,
    subtitle: subtitle.texts,
    map: { x: 0, y: mapTop, width, height: mapHeight, frame, scale },
    legend,
    source: source.texts,
    labelSize: sizes.label,
  };
}

function shift(b: Box, dy: number): Box {
  return { x0: b.x0, y0: b.y0 + dy, x1: b.x1, y1: b.y1 + dy };
}

/** The legend's entries flowed left to right into rows from y = 0: a swatch, then the label's lines. */
function flowLegend<K extends string>(items: LayoutInput<K>['legend'], left: number, inner: number, size: number, type: number) {
  const swatch = { w: 24 * type, h: 16 * type, gap: 8 * type };
  const gap = 24 * type;
  const rowGap = 8 * type;
  const entries: { key: K; swatch: Box; lines: PlacedText[] }[] = [];
  let x = left;
  let top = 0;
  let rowHeight = 0;
  for (const { key, label } of items) {
    const lines = wrapText(label, inner - swatch.w - swatch.gap, size);
    const w = swatch.w + swatch.gap + Math.max(...lines.map((l) => textWidth(l, size)));
    if (x > left && x + w > left + inner) {
      x = left;
      top += rowHeight + rowGap;
      rowHeight = 0;
    }
    const text = stack(lines, x + swatch.w + swatch.gap, top, size, 'regular');
    const sy = top + (LINE * size - swatch.h) / 2;
    entries.push({ key, swatch: { x0: x, y0: sy, x1: x + swatch.w, y1: sy + swatch.h }, lines: text.texts });
    rowHeight = Math.max(rowHeight, text.bottom - top);
    x += w + gap;
  }
  return { entries, height: top + rowHeight };
}
