/** A zoom and pan of the map: view point p is drawn at `p * k + [x, y]`. */
export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

/** A point in the map's viewBox coordinates. */
export type ViewPoint = readonly [number, number];

/** The map's viewBox size. */
export interface ViewSize {
  width: number;
  height: number;
}

/** Scale limits: never smaller than the whole map, never more than 8× closer. */
export const MIN_SCALE = 1;
export const MAX_SCALE = 8;

/** No zoom, no pan. */
export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Keeps the scale within limits and the map covering the whole view, so it can never be lost. */
export function clampTransform(t: ZoomTransform, size: ViewSize): ZoomTransform {
  const k = clamp(t.k, MIN_SCALE, MAX_SCALE);
  return { k, x: clamp(t.x, size.width * (1 - k), 0), y: clamp(t.y, size.height * (1 - k), 0) };
}

/** Zooms by `factor` about view point `p`, which stays where it is on screen. */
export function zoomAbout(t: ZoomTransform, factor: number, p: ViewPoint, size: ViewSize): ZoomTransform {
  const k = clamp(t.k * factor, MIN_SCALE, MAX_SCALE);
  const r = k / t.k;
  return clampTransform({ k, x: p[0] - (p[0] - t.x) * r, y: p[1] - (p[1] - t.y) * r }, size);
}

/** Moves the map by a distance in view units. */
export function panBy(t: ZoomTransform, dx: number, dy: number, size: ViewSize): ZoomTransform {
  return clampTransform({ k: t.k, x: t.x + dx, y: t.y + dy }, size);
}

/** Two fingers moved from `before` to `after`: zoom by how far they spread, pan by how far their middle moved. */
export function pinch(t: ZoomTransform, before: [ViewPoint, ViewPoint], after: [ViewPoint, ViewPoint], size: ViewSize): ZoomTransform {
  const d0 = distance(...before);
  const d1 = distance(...after);
  if (d0 === 0) return t;
  const m0 = middle(...before);
  const m1 = middle(...after);
  return panBy(zoomAbout(t, d1 / d0, m0, size), m1[0] - m0[0], m1[1] - m0[1], size);
}

/** Pans so that map point `p` is in the middle of the view, unless it is already in view (within a margin). */
export function reveal(t: ZoomTransform, p: ViewPoint, size: ViewSize, margin = 0.1): ZoomTransform {
  const [x, y] = [p[0] * t.k + t.x, p[1] * t.k + t.y];
  const inside = (v: number, extent: number) => v >= extent * margin && v <= extent * (1 - margin);
  if (inside(x, size.width) && inside(y, size.height)) return t;
  return clampTransform({ k: t.k, x: size.width / 2 - p[0] * t.k, y: size.height / 2 - p[1] * t.k }, size);
}

/** The zoom factor of one wheel event: a notch of about 100 px zooms by 1.15×, up is closer. */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  const pixels = deltaMode === 1 ? deltaY * 40 : deltaMode === 2 ? deltaY * 800 : deltaY;
  return 2 ** (-pixels * 0.002);
}

/** The SVG `transform` attribute of a zoom. */
export function toSvgTransform(t: ZoomTransform): string {
  return `translate(${t.x} ${t.y}) scale(${t.k})`;
}

/** Whether two transforms draw the same picture. */
export function sameTransform(a: ZoomTransform, b: ZoomTransform): boolean {
  return a.k === b.k && a.x === b.x && a.y === b.y;
}

function distance(a: ViewPoint, b: ViewPoint): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

function middle(a: ViewPoint, b: ViewPoint): ViewPoint {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}
