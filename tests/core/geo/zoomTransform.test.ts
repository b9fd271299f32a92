import { describe, expect, it } from 'vitest';
import {
  clampTransform,
  IDENTITY,
  panBy,
  pinch,
  reveal,
  sameTransform,
  toSvgTransform,
  wheelFactor,
  zoomAbout,
  type ZoomTransform,
} from '../../../src/core/geo/zoomTransform';

const size = { width: 1000, height: 600 };
const t = (k: number, x: number, y: number): ZoomTransform => ({ k, x, y });

describe('clampTransform', () => {
  it.each([
    ['keeps a valid transform', t(2, -300, -200), t(2, -300, -200)],
    ['never zooms out past the whole map', t(0.5, 100, 100), t(1, 0, 0)],
    ['never zooms in past 8×', t(20, 0, 0), t(8, 0, 0)],
    ['keeps the left and top edges in view', t(2, 50, 80), t(2, 0, 0)],
    ['keeps the right and bottom edges in view', t(2, -5000, -5000), t(2, -1000, -600)],
  ])('%s', (_, input, expected) => {
    expect(clampTransform(input, size)).toEqual(expected);
  });
});

describe('zoomAbout', () => {
  it.each([
    ['doubling about the centre', IDENTITY, 2, [500, 300], t(2, -500, -300)],
    ['doubling about the top-left corner', IDENTITY, 2, [0, 0], t(2, 0, 0)],
    ['halving back to the whole map', t(2, -500, -300), 0.5, [500, 300], IDENTITY],
    ['stopping at 8×', t(4, -1500, -900), 4, [500, 300], t(8, -3500, -2100)],
    ['not zooming out below 1×', IDENTITY, 0.5, [500, 300], IDENTITY],
  ] as const)('%s', (_, start, factor, p, expected) => {
    expect(zoomAbout(start, factor, [...p], size)).toEqual(expected);
  });

  it('keeps the point under the pointer where it was', () => {
    const p: [number, number] = [730, 210];
    const before = t(2, -400, -100);
    const after = zoomAbout(before, 1.5, p, size);
    const mapPoint = [(p[0] - before.x) / before.k, (p[1] - before.y) / before.k];
    expect(mapPoint[0]! * after.k + after.x).toBeCloseTo(p[0]);
    expect(mapPoint[1]! * after.k + after.y).toBeCloseTo(p[1]);
  });
});

describe('panBy', () => {
  it.each([
    ['moves a zoomed map', t(2, -500, -300), [100, -50], t(2, -400, -350)],
    ['cannot move the whole map', IDENTITY, [100, 100], IDENTITY],
    ['stops at the edge', t(2, -100, 0), [300, 0], t(2, 0, 0)],
  ] as const)('%s', (_, start, [dx, dy], expected) => {
    expect(panBy(start, dx, dy, size)).toEqual(expected);
  });
});

describe('pinch', () => {
  it('zooms by how far the fingers spread, about their middle', () => {
    expect(
      pinch(
        IDENTITY,
        [
          [400, 300],
          [600, 300],
        ],
        [
          [300, 300],
          [700, 300],
        ],
        size,
      ),
    ).toEqual(t(2, -500, -300));
  });
  it('pans by how far the middle moved', () => {
    expect(
      pinch(
        t(2, -500, -300),
        [
          [400, 300],
          [600, 300],
        ],
        [
          [450, 300],
          [650, 300],
        ],
        size,
      ),
    ).toEqual(t(2, -450, -300));
  });
  it('ignores two fingers on the same spot', () => {
    expect(
      pinch(
        t(2, -500, -300),
        [
          [400, 300],
          [400, 300],
        ],
        [
          [450, 300],
          [650, 300],
        ],
        size,
      ),
    ).toEqual(t(2, -500, -300));
  });
});

describe('wheelFactor', () => {
  it.each([
    ['wheel up zooms in', -100, 0, 2 ** 0.2],
    ['wheel down zooms out', 100, 0, 2 ** -0.2],
    ['lines count as 40 px', 3, 1, 2 ** -0.24],
    ['no movement, no zoom', 0, 0, 1],
  ])('%s', (_, dy, mode, expected) => {
    expect(wheelFactor(dy, mode)).toBeCloseTo(expected);
  });
});

describe('toSvgTransform and sameTransform', () => {
  it('writes a translate then a scale', () => {
    expect(toSvgTransform(t(2, -500, -300))).toBe('translate(-500 -300) scale(2)');
  });
  it('compares all three numbers', () => {
    expect(sameTransform(t(2, 1, 1), t(2, 1, 1))).toBe(true);
    expect(sameTransform(t(2, 1, 1), t(2, 1, 2))).toBe(false);
  });
});

describe('reveal', () => {
  it.each([
    ['leaves a point already in view alone', t(2, -500, -300), [500, 300], t(2, -500, -300)],
    ['centres a point off to the right', t(2, 0, 0), [800, 300], t(2, -1000, -300)],
    ['centres a point near the edge, within the margin', t(2, 0, 0), [480, 150], t(2, -460, 0)],
    ['stops at the map’s edge', t(4, 0, 0), [990, 590], t(4, -3000, -1800)],
    ['does nothing unzoomed', IDENTITY, [990, 590], IDENTITY],
  ] as const)('%s', (_, start, p, expected) => {
    expect(reveal(start, [...p], size)).toEqual(expected);
  });
});
