import { describe, expect, it } from 'vitest';
import type { Point } from '../src/map/centroid';
import { nextInDirection, westToEast, type Direction } from '../src/map/neighbours';

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
    const row = new Map<string, Point>([['A', [0, 0]], ['B', [10, 3]], ['C', [100, 0]]]);
    expect(nextInDirection(row, 'A', 'right')).toBe('B');
  });
});

describe('westToEast', () => {
  it('orders by x, then from north to south', () => {
    const order = westToEast(new Map<string, Point>([...points, ['GBR', [30, 40]]]));
    expect(order).toEqual(['ESP', 'GBR', 'FRA', 'BEL', 'DEU', 'ITA', 'NOR', 'POL']);
  });
});
