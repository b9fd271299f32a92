import type { Point } from './centroid';

/** An arrow key's direction on screen. */
export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, Point> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The nearest point in the arrow's direction: among the points that lie ahead within 60° of the
 * arrow, the one with the smallest distance, lengthened by one part per radian off the arrow's
 * line (so a point straight ahead beats one equally far at 45°). Tuned so that in every year arrow
 * keys reach every country (tests/core/geo/neighbours.test.ts); a plain "ahead + 2 × sideways" left Finland
 * unreachable, diagonal from Sweden. Undefined at the edge of the map: focus stays put.
 */
export function nextInDirection<K>(points: ReadonlyMap<K, Point>, from: K, direction: Direction): K | undefined {
  const origin = points.get(from);
  if (!origin) return undefined;
  const [dx, dy] = VECTORS[direction];
  let best: { key: K; score: number } | undefined;
  for (const [key, [x, y]] of points) {
    if (key === from) continue;
    const ahead = (x - origin[0]) * dx + (y - origin[1]) * dy;
    const sideways = Math.abs((x - origin[0]) * dy - (y - origin[1]) * dx);
    // tan(60°) ≈ 1.73: a point further sideways than that is in another direction.
    if (ahead <= 0 || sideways > ahead * Math.sqrt(3)) continue;
    const score = Math.hypot(ahead, sideways) * (1 + Math.atan2(sideways, ahead));
    if (!best || score < best.score) best = { key, score };
  }
  return best?.key;
}

/** Keys from west to east (ties: north first), the order Home and End walk along. */
export function westToEast<K>(points: ReadonlyMap<K, Point>): K[] {
  return [...points].sort(([, a], [, b]) => a[0] - b[0] || a[1] - b[1]).map(([key]) => key);
}
