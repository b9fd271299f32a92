/** A point in the map's viewBox coordinates. */
export type Point = readonly [number, number];

const TOKEN = /[MLHVZmlhvz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g;

/**
 * The rings of an SVG path made of straight segments (what d3-geo writes: M, L, Z, plus H and V),
 * absolute or relative. Curves do not occur in projected polygons, so they are not handled.
 */
export function pathRings(d: string): Point[][] {
  const rings: Point[][] = [];
  let ring: Point[] = [];
  let x = 0;
  let y = 0;
  let start: Point = [0, 0];
  let command = 'M';
  const tokens = d.match(TOKEN) ?? [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!;
    if (/^[MLHVZ]$/i.test(token)) {
      command = token;
      i++;
      if (command === 'Z' || command === 'z') {
        [x, y] = start;
        if (ring.length) rings.push(ring);
        ring = [];
      }
      continue;
    }
    const relative = command === command.toLowerCase();
    const a = Number(token);
    const upper = command.toUpperCase();
    if (upper === 'H') {
      x = relative ? x + a : a;
      i++;
    } else if (upper === 'V') {
      y = relative ? y + a : a;
      i++;
    } else {
      const b = Number(tokens[i + 1]);
      x = relative ? x + a : a;
      y = relative ? y + b : b;
      i += 2;
    }
    if (upper === 'M') {
      if (ring.length) rings.push(ring);
      ring = [];
      start = [x, y];
      // Further pairs after a moveto are linetos, as in the SVG grammar.
      command = relative ? 'l' : 'L';
    }
    ring.push([x, y]);
  }
  if (ring.length) rings.push(ring);
  return rings;
}

/** A shape's two centroids, from its path in one pass (see ShapePoints). */
export interface PathCentroids {
  /** The area centroid of its largest ring: France is its mainland, the United States not pulled towards Alaska. */
  largestRing: Point;
  /** The area-weighted centroid of all its rings (holes subtract), or the mean of its points when it has no area. */
  overall: Point;
  /** The width and height of its largest ring's bounding box: how much room a label has on it. */
  extent: Point;
}

/** The centroids of an SVG path of straight segments; undefined for an empty path. */
export function pathCentroids(d: string): PathCentroids | undefined {
  let largest: { twiceArea: number; point: Point; ring: Point[] } | undefined;
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (const ring of pathRings(d)) {
    const c = ringCentroid(ring);
    if (!largest || Math.abs(c.twiceArea) > Math.abs(largest.twiceArea)) largest = { ...c, ring };
    twiceArea += c.twiceArea;
    cx += c.cx;
    cy += c.cy;
    for (const [x, y] of ring) {
      sx += x;
      sy += y;
      n++;
    }
  }
  if (!largest) return undefined;
  const overall: Point = Math.abs(twiceArea) < 1e-9 ? [sx / n, sy / n] : [cx / (3 * twiceArea), cy / (3 * twiceArea)];
  return { largestRing: largest.point, overall, extent: extentOf(largest.ring) };
}

function extentOf(ring: Point[]): Point {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)];
}

function ringCentroid(ring: Point[]): { twiceArea: number; cx: number; cy: number; point: Point } {
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % ring.length]!;
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  // A degenerate ring (a line or a point) stands at the mean of its vertices.
  const n = ring.length;
  const point: Point =
    twiceArea === 0
      ? [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n]
      : [cx / (3 * twiceArea), cy / (3 * twiceArea)];
  return { twiceArea, cx, cy, point };
}
