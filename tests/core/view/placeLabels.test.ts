import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { en } from '../../../src/i18n/en';
import { yearViews } from '../../../src/core/view/yearViews';
import { layoutLabels, placeLabelsIn } from '../../../src/core/view/labels/mapLabels';
import {
  boxesOverlap,
  placeLabels,
  segmentsCross,
  segmentTouchesBox,
  type LabelRequest,
  type PlacedLabel,
} from '../../../src/core/view/labels/placeLabels';
import { labelSizes, sizeClassOf } from '../../../src/features/map/labelSizes';
import { mapGeometry } from '../../fixtures/realGeometry';
import { fromParts } from '../../../src/core/geo/geometryData';
import { placePoint } from '../../../src/core/geo/anchors';

const sizes = labelSizes(mapGeometry.width);
const years = Array.from({ length: dataset.latestYear - dataset.firstYear + 1 }, (_, i) => dataset.firstYear + i);
/** The map's drawn widths the layout promises to serve, phone to large desktop. */
const WIDTHS = [320, 360, 390, 430, 480, 600, 720, 768, 1024, 1100, 1280, 1440, 1920, 2560];

function labelsOf(year: number, width: number) {
  const view = yearViews.view(dataset, year, en);
  const size = sizes[sizeClassOf(width)]!;
  const { main, inset } = layoutLabels(mapGeometry, view.labels, size);
  return { view, size, placed: [...main, ...inset] };
}

function crosses(leader: PlacedLabel['leader'], b: PlacedLabel['box']): boolean {
  return leader !== undefined && segmentTouchesBox(leader, b);
}

describe('labels on the real map, every year, at every supported width', () => {
  it.each(years)('%i: joiners named, nothing collides', (year) => {
    for (const width of WIDTHS) expectClear(year, width);
  });
});

function expectClear(year: number, width: number) {
  const { view, size, placed } = labelsOf(year, width);
  // Placed for a map no wider than this one: drawn here, each label is within its box.
  expect(size.minWidth).toBeLessThanOrEqual(width);
  const codes = placed.map((l) => l.code);
  expect(codes).toEqual(expect.arrayContaining(view.labels.candidates.filter((c) => c.joiner).map((c) => c.code)));
  expect(new Set(codes).size).toBe(codes.length);
  for (const [i, a] of placed.entries()) {
    for (const b of placed.slice(i + 1)) {
      expect(boxesOverlap(a.box, b.box), `${width} px: ${a.code} over ${b.code}`).toBe(false);
      expect(crosses(a.leader, b.box) || crosses(b.leader, a.box), `leader between ${a.code} and ${b.code}`).toBe(false);
      // Two leader lines across each other read as a cross on the map, not as two pointers.
      expect(
        Boolean(a.leader && b.leader && segmentsCross(a.leader, b.leader)),
        `${width} px: leaders of ${a.code} and ${b.code} cross`,
      ).toBe(false);
    }
    for (const id of view.labels.markers) {
      const [x, y] = mapGeometry.anchors.get(id)!;
      const dx = x - Math.min(Math.max(x, a.box.x0), a.box.x1);
      const dy = y - Math.min(Math.max(y, a.box.y0), a.box.y1);
      expect(Math.hypot(dx, dy), `${a.code} over the marker of ${id}`).toBeGreaterThanOrEqual(size.markerRadius - 1e-9);
    }
    // The year's event pins, drawn at their size in CSS px on a map this wide, cover no name.
    const px = mapGeometry.width / width;
    for (const place of view.labels.pins) {
      // A place off the map (Washington, Independence) gets no pin.
      const p = placePoint(mapGeometry, place);
      if (!p) continue;
      const pin = { x0: p[0] - 13 * px, y0: p[1] - 28 * px, x1: p[0] + 13 * px, y1: p[1] };
      if (!view.units.find((u) => u.code === a.code)?.inset)
        expect(boxesOverlap(a.box, pin), `${width} px: ${a.code} under the pin at ${place.join(', ')}`).toBe(false);
    }
    // Nor do the zoom buttons, over the top right corner (three 44 px buttons and their gaps).
    const controls = { x0: mapGeometry.width - 50 * px, y0: 0, x1: mapGeometry.width, y1: 146 * px };
    expect(boxesOverlap(a.box, controls), `${width} px: ${a.code} under the zoom buttons`).toBe(false);
    expect(
      a.box.x0 >= 0 && a.box.y0 >= 0 && a.box.x1 <= mapGeometry.width && a.box.y1 <= mapGeometry.height,
      `${a.code} inside the map`,
    ).toBe(true);
  }
}

describe('leader lines', () => {
  it.each([
    [2017, 'MNE', 2560],
    [2020, 'MKD', 2560],
    [2004, 'EST', 2560],
    [2004, 'SVN', 2560],
    [1949, 'LUX', 2560],
    [2004, 'LVA', 1024],
    [2004, 'LTU', 1024],
  ])('%i: %s is too small for its name on the map up to %i px wide, so its name stands off it on a line', (year, code, upTo) => {
    for (const width of WIDTHS.filter((w) => w <= upTo))
      expect(labelsOf(year, width).placed.find((l) => l.code === code)?.leader, `${width} px`).toBeDefined();
  });

  it.each([
    [1999, 'POL'],
    [2023, 'FIN'],
  ])('%i: %s has room for its name on a wide map', (year, code) => {
    const label = labelsOf(year, 1280).placed.find((l) => l.code === code);
    expect(label?.leader).toBeUndefined();
  });
});

describe('anchors', () => {
  it.each([
    [1985, ['SUN', 'DEU', 'DDR', 'POL']],
    [2010, ['RUS', 'DEU', 'POL', 'UKR']],
  ])('%i on a desktop map names %j', (year, codes) => {
    expect(labelsOf(year, 1280).placed.map((l) => l.code)).toEqual(expect.arrayContaining(codes));
  });
});

describe('placeLabels', () => {
  const bounds = { x0: 0, y0: 0, x1: 100, y1: 40 };
  const scale = { font: 10, px: 1 };
  const request = (code: string, required: boolean, point: [number, number], extent: [number, number], name = code): LabelRequest => ({
    code,
    names: [name],
    point,
    extent,
    required,
    bounds,
  });

  it.each([
    ['a name that fits its shape sits on it', [request('AAA', true, [50, 20], [60, 30])], ['AAA'], [false]],
    ['a name too big for its shape stands off it, with a line', [request('AAA', true, [50, 20], [2, 2])], ['AAA'], [true]],
    [
      'an optional name with no free spot is left out',
      [request('AAA', true, [15, 20], [30, 30]), request('BBB', false, [90, 20], [0, 0], 'BBBBBBBBBBBB')],
      ['AAA'],
      [false],
    ],
  ] as const)('%s', (_, requests, codes, leaders) => {
    const placed = placeLabels(requests, { circles: [], boxes: [] }, scale);
    expect(placed.map((l) => l.code)).toEqual(codes);
    expect(placed.map((l) => l.leader !== undefined)).toEqual(leaders);
  });

  it('crossing leader lines: an X crosses, parallel or apart lines do not, end to end touches', () => {
    expect(segmentsCross([0, 0, 10, 10], [0, 10, 10, 0])).toBe(true);
    expect(segmentsCross([0, 0, 10, 0], [0, 1, 10, 1])).toBe(false);
    expect(segmentsCross([0, 0, 4, 4], [6, 6, 10, 0])).toBe(false);
    expect(segmentsCross([0, 0, 5, 5], [5, 5, 10, 0])).toBe(true);
    expect(segmentsCross([0, 0, 10, 0], [5, 0, 20, 0])).toBe(true);
  });

  it('gives a name a spot whose leader crosses no other line', () => {
    // Three small shapes close together, each too small for its name (found by a search: placed
    // greedily without the rule, two of their lines cross).
    const room = { x0: 0, y0: 0, x1: 200, y1: 200 };
    const points: [number, number][] = [
      [100, 55],
      [96, 56],
      [105, 61],
    ];
    const requests = points.map((p, i) => ({ ...request(`${'ABC'[i % 3]}${i}`, true, p, [0, 0]), bounds: room }));
    const placed = placeLabels(requests, { circles: [], boxes: [] }, scale);
    expect(placed).toHaveLength(3);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(segmentsCross(a.leader!, b.leader!), `${a.code} and ${b.code}`).toBe(false);
  });

  it('keeps a required name even when nothing is free', () => {
    const placed = placeLabels([request('AAA', true, [50, 20], [60, 30])], { circles: [], boxes: [bounds] }, scale);
    expect(placed.map((l) => l.code)).toEqual(['AAA']);
  });

  it('measures names with the font given, when one is', () => {
    const width = (measure?: (text: string) => number) => {
      const [label] = placeLabels([request('AAA', true, [50, 20], [80, 30])], { circles: [], boxes: [] }, { ...scale, measure });
      return label!.box.x1 - label!.box.x0;
    };
    expect(width(() => 4) - width(() => 2)).toBeCloseTo(2 * scale.font, 6);
  });

  it("keeps names off round obstacles (small states' markers)", () => {
    const [label] = placeLabels([request('AAA', true, [50, 20], [60, 30])], { circles: [{ x: 50, y: 20, r: 5 }], boxes: [] }, scale);
    expect(
      Math.hypot(50 - Math.min(Math.max(50, label!.box.x0), label!.box.x1), 20 - Math.min(Math.max(20, label!.box.y0), label!.box.y1)),
    ).toBeGreaterThanOrEqual(5);
  });
});

describe('placeLabelsIn, for an image that shows part of the map', () => {
  it('keeps every name of the year inside the frame, and still names the joiners', () => {
    const view = yearViews.view(dataset, 2004, en);
    const frame = { x0: 300, y0: 200, x1: 800, y1: 600 };
    const { main } = placeLabelsIn(mapGeometry, view.labels, sizes[2]!, frame, (text) => 0.6 * text.length);
    expect(main.filter((l) => l.box.x0 < frame.x0 || l.box.y0 < frame.y0 || l.box.x1 > frame.x1 || l.box.y1 > frame.y1)).toEqual([]);
    expect(main.map((l) => l.code)).toEqual(expect.arrayContaining(['EST', 'LVA', 'LTU', 'SVK', 'SVN', 'ROU', 'BGR']));
  });
});

describe('placed labels are remembered by the map’s points', () => {
  it('so the map gaining its paths after start-up does not place them again', () => {
    const meta = { width: 1000, height: 642, inset: mapGeometry.inset, centroids: {}, anchors: {}, extents: {} };
    const first = fromParts(meta, [{ shapes: { 'POL#0': 'M0,0h1v1Z' }, disputes: {} }]);
    const later = fromParts(meta, [{ shapes: { 'POL#0': 'M0,0h1v1Z', 'SUN#0': 'M2,2h1v1Z' }, disputes: {} }]);
    expect(later).not.toBe(first);
    expect(later.extents).toBe(first.extents);
    const view = yearViews.view(dataset, 1999, en);
    const size = labelSizes(1000)[sizeClassOf(1000)]!;
    expect(layoutLabels(later, view.labels, size)).toBe(layoutLabels(first, view.labels, size));
  });
});
