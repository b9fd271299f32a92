import { describe, expect, it } from 'vitest';
import { pathCentroid, pathRings } from '../../../src/core/geo/centroid';
import { mapGeometry } from '../../fixtures/realGeometry';

describe('pathRings', () => {
  it.each([
    ['M0,0L10,0L10,10Z', [[[0, 0], [10, 0], [10, 10]]]],
    ['M0,0h10v10h-10Z', [[[0, 0], [10, 0], [10, 10], [0, 10]]]],
    ['M0,0 10,0 10,10Z M20,20l5,0l0,5z', [[[0, 0], [10, 0], [10, 10]], [[20, 20], [25, 20], [25, 25]]]],
    ['M1e1,-2.5L.5,3Z', [[[10, -2.5], [0.5, 3]]]],
    ['', []],
  ])('%s', (d, rings) => {
    expect(pathRings(d)).toEqual(rings);
  });
});

describe('pathCentroid', () => {
  it.each([
    ['a square', 'M0,0h10v10h-10Z', [5, 5]],
    ['a square drawn clockwise', 'M0,0v10h10v-10Z', [5, 5]],
    ['the largest of two rings', 'M0,0h2v2h-2Z M100,100h20v20h-20Z', [110, 110]],
    ['a degenerate ring', 'M0,0L4,4Z', [2, 2]],
  ])('of %s', (_, d, point) => {
    const [x, y] = pathCentroid(d)!;
    expect([x, y]).toEqual(point);
  });

  it('is undefined for an empty path', () => {
    expect(pathCentroid('')).toBeUndefined();
  });

  it('puts the real countries where they are on the map', () => {
    const at = (id: string) => pathCentroid(mapGeometry.shapes.get(id)!)!;
    // Berlin is east of Paris, Rome south of Berlin, Warsaw east of Berlin, Oslo north of Rome.
    expect(at('FRA#0')[0]).toBeLessThan(at('POL#0')[0]);
    expect(at('ITA#0')[1]).toBeGreaterThan(at('NOR#0')[1]);
    // Units wholly outside the frame (Kyrgyzstan, Libya, Tajikistan) have an empty path and no centroid.
    for (const [id, d] of [...mapGeometry.shapes].filter(([, d]) => d !== '')) {
      const [x, y] = pathCentroid(d)!;
      expect(x, id).toBeGreaterThanOrEqual(0);
      expect(x, id).toBeLessThanOrEqual(mapGeometry.width);
      expect(y, id).toBeGreaterThanOrEqual(0);
      expect(y, id).toBeLessThanOrEqual(mapGeometry.height);
    }
  });
});
