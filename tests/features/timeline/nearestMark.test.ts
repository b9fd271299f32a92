import { describe, expect, it } from 'vitest';
import { nearestMark, PICK_RADIUS } from '../../../src/features/timeline/nearestMark';

describe('nearestMark', () => {
  const row = [
    { x: 10, y: 10 },
    { x: 20, y: 10 },
    { x: 20, y: 2 },
  ];

  it('picks the mark nearest to the tap, in both directions', () => {
    expect(nearestMark(row, { x: 11, y: 11 })).toBe(0);
    expect(nearestMark(row, { x: 19, y: 12 })).toBe(1);
    expect(nearestMark(row, { x: 21, y: 1 })).toBe(2);
  });

  it('picks none when the tap is farther than the radius from every mark', () => {
    expect(nearestMark(row, { x: 20 + PICK_RADIUS + 1, y: 10 })).toBeUndefined();
    expect(nearestMark(row, { x: 20 + PICK_RADIUS, y: 10 })).toBe(1);
    expect(nearestMark([], { x: 0, y: 0 })).toBeUndefined();
  });

  it('gives a tap halfway between two marks to the first', () => {
    expect(nearestMark(row, { x: 15, y: 10 })).toBe(0);
  });
});
