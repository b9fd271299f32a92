import { describe, expect, it } from 'vitest';
import type { Point } from '../../../src/core/geo/centroid';
import { nextInDirection, westToEast, type Direction } from '../../../src/core/geo/neighbours';
import { dataset } from '../../../src/data/dataset';
import { unitsIn } from '../../../src/core/domain/units';
import { mapGeometry } from '../../fixtures/realGeometry';

// A little Europe in screen coordinates (y grows southwards).
const points = new Map<string, Point>([
  ['FRA', [30, 60]],
  ['BEL', [35, 45]],
  ['DEU', [50, 45]],
  ['POL', [70, 42]],
  ['ITA', [50, 75]],
  ['NOR', [52, 10]],
  ['ESP', [15, 80]],
]);

describe('nextInDirection', () => {
  it.each<[string, Direction, string | undefined]>([
    ['DEU', 'right', 'POL'],
    ['DEU', 'left', 'BEL'],
    ['DEU', 'up', 'NOR'],
    ['DEU', 'down', 'ITA'],
    ['FRA', 'up', 'BEL'],
    ['FRA', 'right', 'DEU'],
    ['FRA', 'left', 'ESP'],
    ['BEL', 'right', 'DEU'],
    ['POL', 'right', undefined],
    ['ESP', 'down', undefined],
    ['NOR', 'up', undefined],
    ['ITA', 'up', 'DEU'],
  ])('from %s, %s goes to %s', (from, direction, to) => {
    expect(nextInDirection(points, from, direction)).toBe(to);
  });

  it('stays put for a key it does not know', () => {
    expect(nextInDirection(points, 'ZZZ', 'left')).toBeUndefined();
  });

  it('never skips a near neighbour for a far one straight ahead', () => {
    const row = new Map<string, Point>([
      ['A', [0, 0]],
      ['B', [10, 3]],
      ['C', [100, 0]],
    ]);
    expect(nextInDirection(row, 'A', 'right')).toBe('B');
  });
});

describe('westToEast', () => {
  it('orders by x, then from north to south', () => {
    const order = westToEast(new Map<string, Point>([...points, ['GBR', [30, 40]]]));
    expect(order).toEqual(['ESP', 'GBR', 'FRA', 'BEL', 'DEU', 'ITA', 'NOR', 'POL']);
  });
});

describe('on the real map', () => {
  const allYears = Array.from({ length: dataset.latestYear - dataset.firstYear + 1 }, (_, i) => dataset.firstYear + i);
  it.each(allYears)('in %i, arrow keys reach every drawn country from the first Tab stop', (year) => {
    const centroids = mapGeometry.centroids;
    const points = new Map(
      unitsIn(dataset, year)
        .filter((u) => centroids.has(u.shapeId))
        .map((u) => [u.code, centroids.get(u.shapeId)!]),
    );
    const start = westToEast(points)[0]!;
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length) {
      const from = queue.shift()!;
      for (const d of ['left', 'right', 'up', 'down'] as const) {
        const next = nextInDirection(points, from, d);
        if (next !== undefined && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect([...points.keys()].filter((k) => !seen.has(k))).toEqual([]);
  });

  it.each<[string, Direction, string]>([
    ['DEU', 'right', 'CZE'],
    ['DEU', 'left', 'BEL'],
    ['DEU', 'up', 'DNK'],
    ['ESP', 'left', 'PRT'],
    ['EST', 'down', 'LVA'],
    ['CAN', 'down', 'USA'],
  ])('in 2004, %s %s goes to %s', (from, direction, to) => {
    const centroids = mapGeometry.centroids;
    const points = new Map(
      unitsIn(dataset, 2004)
        .filter((u) => centroids.has(u.shapeId))
        .map((u) => [u.code, centroids.get(u.shapeId)!]),
    );
    expect(nextInDirection(points, from, direction)).toBe(to);
  });
});
