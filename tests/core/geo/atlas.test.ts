// Checks the generated atlas (npm run atlas): every unit period has a shape,
// merged shapes add up, and the special cuts (inner-German border, West
// Berlin, the Saar, Crimea, the four regions of 2022) put known cities on the
// right side.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import { geoArea, geoBounds, geoContains } from 'd3-geo';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Topology } from 'topojson-specification';
import atlasJson from '../../../src/data/atlas.json';
import units from '../../../src/data/units.json';
import frames from '../../../src/data/frames.json';
import { viewOutline } from '../../../src/core/geo/fit.js';

type Atlas = Topology<{ shapes: GeometryCollection; disputes: GeometryCollection; land: TopoMultiPolygon }>;
const atlas = atlasJson as unknown as Atlas;

const byId = (collection: GeometryCollection): Map<string, Feature<Geometry>> =>
  new Map(feature(atlas, collection).features.map((f) => [String(f.id), f]));
const shapes = byId(atlas.objects.shapes);
const disputes = byId(atlas.objects.disputes);

function get(map: Map<string, Feature<Geometry>>, id: string): Feature<Geometry> {
  const f = map.get(id);
  if (!f) throw new Error(`no geometry ${id} in the atlas`);
  return f;
}
const shape = (id: string) => get(shapes, id);
const area = (id: string) => geoArea(shape(id));

type Point = [number, number];
const inside = (f: Feature<Geometry>, p: Point) => geoContains(f, p);

describe('the atlas', () => {
  it('has only shapes, disputes and land, with every arc in use', () => {
    expect(Object.keys(atlas.objects).sort()).toEqual(['disputes', 'land', 'shapes']);
    const used = new Set<number>();
    const walk = (a: unknown): void => {
      if (Array.isArray(a)) a.forEach(walk);
      else if (typeof a === 'number') used.add(a < 0 ? ~a : a);
    };
    for (const g of [...atlas.objects.shapes.geometries, ...atlas.objects.disputes.geometries, atlas.objects.land]) {
      walk((g as { arcs?: unknown }).arcs);
    }
    expect(used.size).toBe(atlas.arcs.length);
  });

  it('has a non-empty shape for every unit period, and nothing else', () => {
    const expected = units.units.flatMap((u) => u.periods.map((_, i) => `${u.code}#${i}`));
    expect([...shapes.keys()].sort()).toEqual([...expected].sort());
    for (const g of atlas.objects.shapes.geometries) expect(g.properties).toBeUndefined();
    for (const id of expected) {
      const a = area(id);
      expect(a, id).toBeGreaterThan(0);
      // A ring wound the wrong way would cover the rest of the globe (~4π).
      expect(a, id).toBeLessThan(0.5);
    }
  });

  it('keeps shapes inside their frame (nothing wraps round the antimeridian)', () => {
    const outline = viewOutline(frames);
    const europeBounds = [
      Math.min(...outline.map((p) => p[0])),
      Math.min(...outline.map((p) => p[1])),
      Math.max(...outline.map((p) => p[0])),
      84,
    ];
    for (const u of units.units) {
      const [x0, y0, x1, y1] = ('inset' in u ? [-170, 23, -50, 84] : europeBounds) as [number, number, number, number];
      u.periods.forEach((_, i) => {
        const [[w, s], [e, n]] = geoBounds(shape(`${u.code}#${i}`));
        expect([w >= x0 - 0.01, s >= y0 - 0.01, e <= x1 + 0.01, n <= y1 + 0.01], `${u.code}#${i}`).toEqual([true, true, true, true]);
      });
    }
  });

  it('has the dispute overlays and the land', () => {
    for (const slug of ['crimea', 'kosovo', 'northern-cyprus', 'ukraine-2022']) {
      expect(geoArea(get(disputes, slug)), slug).toBeGreaterThan(0);
      expect(geoArea(get(disputes, slug)), slug).toBeLessThan(0.01);
    }
    const land = feature(atlas, atlas.objects.land);
    expect(land.id).toBe('land');
    expect(geoArea(land)).toBeGreaterThan(area('SUN#0'));
    expect(geoArea(land)).toBeLessThan(2);
  });

  it.each([
    ['DEU#1', ['DEU#0', 'XSR#0']],
    ['DEU#2', ['DEU#1', 'DDR#0', 'XWB#0']],
    ['CSK#0', ['CZE#0', 'SVK#0']],
    ['SUN#0', ['RUS#0', 'UKR#0', 'BLR#0', 'MDA#0', 'EST#0', 'LVA#0', 'LTU#0', 'GEO#0', 'ARM#0', 'AZE#0', 'KAZ#0', 'UZB#0', 'TKM#0']],
    ['YUG#0', ['SVN#0', 'HRV#0', 'MKD#0', 'BIH#0', 'SCG#0']],
    ['YUG#1', ['BIH#0', 'SCG#0']],
    ['SCG#0', ['SRB#0', 'MNE#0']],
    ['SRB#0', ['SRB#1', 'XKX#0']],
  ])('merges %s from its successors', (whole, parts) => {
    const sum = parts.reduce((s, id) => s + area(id), 0);
    expect(Math.abs(area(whole) - sum) / sum).toBeLessThan(0.005);
  });

  it('keeps Crimea inside Ukraine, with the overlay on top', () => {
    const crimea = get(disputes, 'crimea');
    const points: Record<string, Point> = {
      Simferopol: [34.1, 44.95],
      Sevastopol: [33.52, 44.6],
      Kerch: [36.47, 45.36],
    };
    for (const [name, p] of Object.entries(points)) {
      expect(inside(shape('UKR#0'), p), name).toBe(true);
      expect(inside(crimea, p), name).toBe(true);
      expect(inside(shape('RUS#0'), p), name).toBe(false);
    }
    // The cut runs across the isthmus: the mainland stays out of the overlay.
    for (const p of [
      [32.62, 46.64],
      [33.6, 46.2],
      [35.38, 46.85],
    ] as Point[]) {
      expect(inside(shape('UKR#0'), p), String(p)).toBe(true);
      expect(inside(crimea, p), String(p)).toBe(false);
    }
  });

  it('draws the inner-German border', () => {
    const east: Record<string, Point> = { Leipzig: [12.37, 51.34], Rostock: [12.1, 54.09], Dresden: [13.74, 51.05] };
    const west: Record<string, Point> = { Hamburg: [9.99, 53.55], Munich: [11.58, 48.14], Kassel: [9.48, 51.31] };
    for (const [name, p] of Object.entries(east)) {
      expect([inside(shape('DDR#0'), p), inside(shape('DEU#0'), p)], name).toEqual([true, false]);
      expect(inside(shape('DEU#2'), p), name).toBe(true);
    }
    for (const [name, p] of Object.entries(west)) {
      expect([inside(shape('DDR#0'), p), inside(shape('DEU#0'), p)], name).toEqual([false, true]);
      expect(inside(shape('DEU#2'), p), name).toBe(true);
    }
  });

  it('draws West Berlin inside the outline of East Germany, as a hole in it', () => {
    const ddr = shape('DDR#0').geometry as MultiPolygon;
    const westBerlin: Record<string, Point> = { Spandau: [13.2, 52.535], Charlottenburg: [13.3, 52.515], Tempelhof: [13.385, 52.47] };
    const eastBerlin: Record<string, Point> = { Alexanderplatz: [13.413, 52.522], Pankow: [13.41, 52.57], Köpenick: [13.58, 52.445] };
    for (const [name, p] of Object.entries(westBerlin)) {
      expect(inside(shape('XWB#0'), p), name).toBe(true);
      // Within one of the GDR's outer rings, but not in its fill: a hole.
      const outers = ddr.coordinates.map((poly) => ({ type: 'Polygon', coordinates: [poly[0]] }) as Polygon);
      expect(
        outers.some((o) => geoContains(o, p)),
        name,
      ).toBe(true);
      expect(inside(shape('DDR#0'), p), name).toBe(false);
      expect(inside(shape('DEU#1'), p), name).toBe(false);
      expect(inside(shape('DEU#2'), p), name).toBe(true);
    }
    for (const [name, p] of Object.entries(eastBerlin)) {
      expect([inside(shape('XWB#0'), p), inside(shape('DDR#0'), p)], name).toEqual([false, true]);
    }
    expect(ddr.coordinates.some((poly) => poly.length > 1)).toBe(true);
  });

  it('draws the Saar apart from West Germany until it joins in 1957', () => {
    const saar: Record<string, Point> = { Saarbrücken: [6.99, 49.235], Saarlouis: [6.75, 49.315], Neunkirchen: [7.18, 49.35] };
    for (const [name, p] of Object.entries(saar)) {
      expect([inside(shape('XSR#0'), p), inside(shape('DEU#0'), p), inside(shape('DEU#1'), p)], name).toEqual([true, false, true]);
    }
    for (const [name, p] of Object.entries({ Trier: [6.64, 49.75], Kaiserslautern: [7.77, 49.44] } as Record<string, Point>)) {
      expect([inside(shape('XSR#0'), p), inside(shape('DEU#0'), p)], name).toEqual([false, true]);
    }
    expect(geoArea(shape('XSR#0')) * 6371 ** 2).toBeGreaterThan(2000);
    expect(geoArea(shape('XSR#0')) * 6371 ** 2).toBeLessThan(3200);
  });

  it('lays the 2022 overlay over the four regions of Ukraine, inside Ukraine', () => {
    const overlay = get(disputes, 'ukraine-2022');
    const inRegions: Record<string, Point> = {
      Donetsk: [37.8, 48.0],
      Luhansk: [39.3, 48.57],
      Zaporizhzhia: [35.14, 47.84],
      Kherson: [32.6, 46.64],
      Mariupol: [37.55, 47.1],
    };
    for (const [name, p] of Object.entries(inRegions)) {
      expect([inside(shape('UKR#0'), p), inside(overlay, p), inside(shape('RUS#0'), p)], name).toEqual([true, true, false]);
    }
    const outside: Record<string, Point> = {
      Dnipro: [35.04, 48.46],
      Kharkiv: [36.23, 49.99],
      Mykolaiv: [31.99, 46.97],
      Simferopol: [34.1, 44.95],
      Rostov: [39.7, 47.23],
    };
    for (const [name, p] of Object.entries(outside)) expect(inside(overlay, p), name).toBe(false);
  });

  it('keeps the microstates', () => {
    for (const code of ['LUX', 'MLT', 'AND', 'LIE', 'SMR', 'MCO', 'VAT']) {
      expect(area(`${code}#0`), code).toBeGreaterThan(0);
    }
    expect(inside(shape('BEL#0'), [4.35, 50.85])).toBe(true);
  });

  it('stays within the size budget', () => {
    const bytes = readFileSync(new URL('../../../src/data/atlas.json', import.meta.url));
    expect(gzipSync(bytes).length).toBeLessThanOrEqual(60_000);
  });
});
