import { describe, expect, it } from 'vitest';
import { pathCentroid } from '../../../src/core/geo/pathCentroid';

describe('pathCentroid', () => {
  it.each([
    ['a square', 'M0,0L10,0L10,10L0,10Z', [5, 5]],
    ['a square written clockwise', 'M0,0L0,10L10,10L10,0Z', [5, 5]],
    ['two equal squares', 'M0,0L10,0L10,10L0,10ZM20,0L30,0L30,10L20,10Z', [15, 5]],
    ['a big and a small island, weighted by area', 'M0,0L30,0L30,30L0,30ZM40,0L50,0L50,10L40,10Z', [(15 * 900 + 45 * 100) / 1000, (15 * 900 + 5 * 100) / 1000]],
    ['a square with a hole on its left', 'M0,0L10,0L10,10L0,10ZM1,4L1,6L3,6L3,4Z', [(5 * 100 - 2 * 4) / 96, 5]],
    ['a line without area', 'M0,0L10,0', [5, 0]],
    ['a square written as the shipped map data writes it (relative, repeated line-tos)', 'M0,0l10,0 0,10-10,0z', [5, 5]],
    ['numbers with decimals and exponents', 'M0.5,0.5L10.5,0.5L10.5,1e1L0.5,1e1Z', [5.5, 5.25]],
  ] as const)('of %s', (_, d, [x, y]) => {
    const c = pathCentroid(d)!;
    expect(c[0]).toBeCloseTo(x);
    expect(c[1]).toBeCloseTo(y);
  });

  it('is null for an empty path', () => {
    expect(pathCentroid('')).toBeNull();
  });
});
