/** A mark's centre on screen, in CSS px. */
export interface Point {
  x: number;
  y: number;
}

/**
 * How far from a mark's centre a tap still picks it, in CSS px: a 32 px circle round each, wider
 * than WCAG's 24 px target, where the marks themselves are dots of 6–9 px.
 */
export const PICK_RADIUS = 16;

/**
 * The index of the mark nearest to a tap at `tap`, if one is within `radius`; a tap between two
 * marks picks the nearer, one far from every mark picks none. Ties go to the first.
 */
export function nearestMark(centres: readonly Point[], tap: Point, radius = PICK_RADIUS): number | undefined {
  let best: number | undefined;
  let bestDistance = radius * radius;
  centres.forEach((c, i) => {
    const d = (c.x - tap.x) ** 2 + (c.y - tap.y) ** 2;
    if (d <= bestDistance && (best === undefined || d < bestDistance)) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}
