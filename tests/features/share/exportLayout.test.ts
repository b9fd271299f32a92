import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { accessionYears } from '../../../src/core/domain/membership';
import { boxesOverlap, type Box } from '../../../src/core/view/labels/placeLabels';
import { exportModel } from '../../../src/features/share/export/exportModel';
import { composeExport } from '../../../src/features/share/export/exportSvg';
import { exportShapes, type ExportShape } from '../../../src/features/share/export/exportLayout';
import { defaultPalette } from '../../../src/features/share/export/palette';
import { allStrings, lengthened } from '../../fixtures/allStrings';
import { mapGeometry } from '../../fixtures/realGeometry';
import type { Lens } from '../../../src/core/domain/types';

const PAGE = 'https://map.example/?year=2004&country=EST&lens=nato&lang=en';
/** Cold War, every enlargement round, and the latest year. */
const YEARS = [...new Set([1985, 1991, ...accessionYears(dataset), dataset.latestYear])];
const SHAPES = Object.keys(exportShapes) as ExportShape[];
/** The EU lens's years: before the EEC, its founding, the enlargements that were NATO's too, and Brexit. */
const LENS_YEARS = [1950, 1958, 1973, 1985, 1995, 2004, 2013, 2020];
const variants = allStrings.flatMap(({ lang, strings }) => [
  { name: lang, strings },
  { name: `${lang} ×1.4`, strings: lengthened(strings) },
]);

function texts(year: number, strings: (typeof variants)[number]['strings'], shape: ExportShape, lens: Lens = 'nato') {
  const model = exportModel(dataset, year, undefined, PAGE, defaultPalette, strings, lens);
  const { layout, labels } = composeExport(dataset, mapGeometry, model, shape);
  const header = [...layout.title, ...layout.subtitle];
  const legend = layout.legend.flatMap((e) => e.lines);
  return { model, layout, labels, header, legend, all: [...header, ...labels, ...legend, ...layout.source] };
}

const inside = (b: Box, outer: Box) =>
  b.x0 >= outer.x0 - 1e-6 && b.y0 >= outer.y0 - 1e-6 && b.x1 <= outer.x1 + 1e-6 && b.y1 <= outer.y1 + 1e-6;
const describeBox = (t: { text: string; box: Box }) => `"${t.text}" at ${Math.round(t.box.x0)},${Math.round(t.box.y0)}`;

describe.each(variants)('the exported image in $name', ({ strings }) => {
  describe.each(SHAPES)('%s', (shape) => {
    const cases = [
      ...YEARS.map((year) => [year, 'nato'] as const),
      ...LENS_YEARS.flatMap((year) => [[year, 'eu'] as const, [year, 'both'] as const]),
    ];
    it.each(cases)('%i, %s lens: no two texts overlap, none leaves the image, the legend and labels keep their places', (year, lens) => {
      const { layout, labels, header, legend, all } = texts(year, strings, shape, lens);
      const image = { x0: 0, y0: 0, x1: layout.width, y1: layout.height };
      const map = { x0: layout.map.x, y0: layout.map.y, x1: layout.map.x + layout.map.width, y1: layout.map.y + layout.map.height };
      const collisions: string[] = [];
      all.forEach((a, i) => {
        for (const b of all.slice(i + 1)) if (boxesOverlap(a.box, b.box)) collisions.push(`${describeBox(a)} × ${describeBox(b)}`);
      });
      expect(collisions).toEqual([]);
      expect(all.filter((t) => !inside(t.box, image)).map(describeBox)).toEqual([]);
      // Labels on the map, titles above it, legend and source below it.
      expect(labels.filter((t) => !inside(t.box, map)).map(describeBox)).toEqual([]);
      expect(header.every((t) => t.box.y1 <= map.y0)).toBe(true);
      expect([...legend, ...layout.source].every((t) => t.box.y0 >= map.y1)).toBe(true);
      // Swatches touch no text either.
      const swatches = layout.legend.map((e) => e.swatch);
      expect(swatches.filter((s) => all.some((t) => boxesOverlap(s, t.box)) || !inside(s, image))).toEqual([]);
    });
  });
});

describe('the exported image', () => {
  const { strings } = allStrings[0]!;

  it('shows a legend of only the classes the year shows', () => {
    const legendOf = (year: number) => texts(year, strings, 'wide').layout.legend.map((e) => e.key);
    expect(legendOf(1985)).not.toContain('joined');
    expect(legendOf(1985)).toContain('warsaw-pact');
    expect(legendOf(2004)).toContain('joined');
    expect(legendOf(2004)).not.toContain('warsaw-pact');
  });

  it('names every joiner of the year on the map and in the subtitle', () => {
    const { model, labels, layout } = texts(2004, strings, 'square');
    const joiners = model.units.filter((u) => u.status === 'joined' && !dataset.unitByCode.get(u.code)?.sovereign).map((u) => u.code);
    expect(joiners).toHaveLength(7);
    expect(labels.map((l) => l.code)).toEqual(expect.arrayContaining(joiners));
    const subtitle = layout.subtitle.map((t) => t.text).join(' ');
    for (const code of joiners) expect(subtitle).toContain(strings.unitNames[code as keyof typeof strings.unitNames]);
  });

  it('wraps a wordier language into more lines rather than running texts together', () => {
    const lines = (s: typeof strings) => {
      const { layout } = texts(2004, s!, 'wide');
      return layout.subtitle.length + layout.source.length + layout.legend.flatMap((e) => e.lines).length;
    };
    expect(lines(lengthened(strings))).toBeGreaterThan(lines(strings));
  });

  it('frames NATO Europe and the inset, not the whole projected map, and fills the square', () => {
    const wide = texts(2004, strings, 'wide').layout;
    const square = texts(2004, strings, 'square').layout;
    const { frame } = wide.map;
    expect(frame.x1 - frame.x0).toBeLessThan(mapGeometry.width);
    expect(frame.x0).toBeLessThanOrEqual(mapGeometry.inset.x);
    expect(frame.y0).toBeLessThanOrEqual(mapGeometry.inset.y);
    // Turkey, the member furthest east, is in the frame; the Caspian Sea and Central Asia are not.
    expect(mapGeometry.project([44, 39.5])![0]).toBeLessThan(frame.x1);
    for (const place of [
      [51, 42],
      [58, 46],
    ] as const)
      expect(mapGeometry.project([...place])![0]).toBeGreaterThan(frame.x1);
    expect([square.width, square.height]).toEqual([1200, 1200]);
    expect(square.map.width).toBe(1200);
  });
});
