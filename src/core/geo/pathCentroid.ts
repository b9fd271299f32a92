import { pathRings } from './centroid';

/**
 * The area-weighted centroid of an SVG path made of straight segments, as d3-geo writes them
 * (M, L, Z, absolute or relative), or of its points when it has no area. Null for an empty path.
 * Lets markers sit on a shape using only the pre-projected path, without projecting again.
 */
export function pathCentroid(d: string): [number, number] | null {
  let area = 0;
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (const ring of pathRings(d)) {
    for (let i = 0; i < ring.length; i++) {
      const [x0, y0] = ring[i]!;
      const [x1, y1] = ring[(i + 1) % ring.length]!;
      const cross = x0 * y1 - x1 * y0;
      area += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
      sx += x0;
      sy += y0;
      n++;
    }
  }
  if (n === 0) return null;
  if (Math.abs(area) < 1e-9) return [sx / n, sy / n];
  return [cx / (3 * area), cy / (3 * area)];
}
