import { describe, expect, it } from 'vitest';
import { pathCentroids, pathRings } from '../../../src/core/geo/centroid';
import { mapGeometry } from '../../fixtures/realGeometry';

describe('pathRings', () => {
  it.each([
    [
      'M0,0L10,0L10,10Z',
      [
        [
          [0, 0],
          [10, 0],
          [10, 10],
        ],
      ],
    ],
    [
      'M0,0h10v10h-10Z',
      [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
        ],
      ],
    ],
    [
      'M0,0 10,0 10,10Z M20,20l5,0l0,5z',
      [
        [
          [0, 0],
          [10, 0],
          [10, 10],
        ],
        [
          [20, 20],
          [25, 20],
          [25, 25],
        ],
      ],
    ],
    [
      'M1e1,-2.5L.5,3Z',
      [
        [
          [10, -2.5],
          [0.5, 3],
        ],
      ],
    ],
    ['', []],
  ])('%s', (d, rings) => {
    expect(pathRings(d)).toEqual(rings);
  });
});

describe('the centroid of the largest ring', () => {
  it.each([
    ['a square', 'M0,0h10v10h-10Z', [5, 5]],
    ['a square drawn clockwise', 'M0,0v10h10v-10Z', [5, 5]],
    ['the largest of two rings', 'M0,0h2v2h-2Z M100,100h20v20h-20Z', [110, 110]],
    ['a degenerate ring', 'M0,0L4,4Z', [2, 2]],
  ])('of %s', (_, d, point) => {
    const [x, y] = pathCentroids(d)!.largestRing;
    expect([x, y]).toEqual(point);
  });

  it('is undefined for an empty path', () => {
    expect(pathCentroids('')).toBeUndefined();
  });

  it('puts the real countries where they are on the map', () => {
    const at = (id: string) => pathCentroids(mapGeometry.shapes.get(id)!)!.largestRing;
    // Berlin is east of Paris, Rome south of Berlin, Warsaw east of Berlin, Oslo north of Rome.
    expect(at('FRA#0')[0]).toBeLessThan(at('POL#0')[0]);
    expect(at('ITA#0')[1]).toBeGreaterThan(at('NOR#0')[1]);
    // Units wholly outside the frame (Kyrgyzstan, Libya, Tajikistan) have an empty path and no centroid.
    for (const [id, d] of [...mapGeometry.shapes].filter(([, d]) => d !== '')) {
      const [x, y] = pathCentroids(d)!.largestRing;
      expect(x, id).toBeGreaterThanOrEqual(0);
      expect(x, id).toBeLessThanOrEqual(mapGeometry.width);
      expect(y, id).toBeGreaterThanOrEqual(0);
      expect(y, id).toBeLessThanOrEqual(mapGeometry.height);
    }
  });
});

describe('the overall centroid', () => {
  it.each([
    ['a square', 'M0,0L10,0L10,10L0,10Z', [5, 5]],
    ['a square written clockwise', 'M0,0L0,10L10,10L10,0Z', [5, 5]],
    ['two equal squares', 'M0,0L10,0L10,10L0,10ZM20,0L30,0L30,10L20,10Z', [15, 5]],
    [
      'a big and a small island, weighted by area',
      'M0,0L30,0L30,30L0,30ZM40,0L50,0L50,10L40,10Z',
      [(15 * 900 + 45 * 100) / 1000, (15 * 900 + 5 * 100) / 1000],
    ],
    ['a square with a hole on its left', 'M0,0L10,0L10,10L0,10ZM1,4L1,6L3,6L3,4Z', [(5 * 100 - 2 * 4) / 96, 5]],
    ['a line without area', 'M0,0L10,0', [5, 0]],
    ['a square written as the shipped map data writes it (relative, repeated line-tos)', 'M0,0l10,0 0,10-10,0z', [5, 5]],
    ['numbers with decimals and exponents', 'M0.5,0.5L10.5,0.5L10.5,1e1L0.5,1e1Z', [5.5, 5.25]],
  ] as const)('of %s', (_, d, [x, y]) => {
    const c = pathCentroids(d)!.overall;
    expect(c[0]).toBeCloseTo(x);
    expect(c[1]).toBeCloseTo(y);
  });

  it('is undefined for an empty path', () => {
    expect(pathCentroids('')).toBeUndefined();
  });
});
