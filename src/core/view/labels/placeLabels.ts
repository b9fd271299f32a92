import { textWidthEm } from './textWidth';

type Point = readonly [number, number];

/** A rectangle in viewBox units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
/** A round obstacle (a small state's marker) in viewBox units. */
export interface Circle {
  x: number;
  y: number;
  r: number;
}

/** A name to place: the unit's shape, its names (full first, then shorter), and where it may go. */
export interface LabelRequest {
  code: string;
  /** The names to try in order; the first that finds room is used. */
  names: readonly string[];
  /** Where the name points: the shape's centroid, or its marker. */
  point: Point;
  /** Width and height of the shape: a name that fits inside needs no leader line. */
  extent: Point;
  /** Always placed (the year's joiners); others are left out when no spot is free. */
  required: boolean;
  /** The area the label must stay within (the main map or the inset). */
  bounds: Box;
}

/** The text size and spacing, in viewBox units, at the smallest map a placement must serve. */
export interface LabelScale {
  /** Font size (1 em). */
  font: number;
  /** ViewBox units per CSS pixel: offsets and clearances are measured in CSS pixels. */
  px: number;
  /** A text's width in em, where the font is known (an exported image's); else an estimate for any sans-serif. */
  measure?: (text: string) => number;
}

/** A placed label: `x`, `y` are the text's anchor (vertically centred). */
export interface PlacedLabel {
  code: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The line from the shape to the label, when the label stands off it. */
  leader?: readonly [number, number, number, number];
  box: Box;
}

/** Line height and the halo around each text, in em: the box two labels must not share. */
const HEIGHT_EM = 1.25;
const HALO_EM = 0.2;
/** Distances from the point at which a label may stand off its shape, in CSS px. */
const RADII_PX = [8, 16, 26, 38, 52, 70, 92, 120, 150];
/** Names that may be left out stay near their shape: a long line to a place name is more noise than help. */
const OPTIONAL_RADIUS_PX = 26;
/** Directions to try, nearest the usual reading position first: right, left, above, below, diagonals. */
const DIRECTIONS: readonly Point[] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [0.7, -0.7],
  [-0.7, -0.7],
  [0.7, 0.7],
  [-0.7, 0.7],
];

/**
 * Places labels greedily, in the order given: each takes the first free spot among its
 * candidates (on the shape when the name fits it, then stepping away from it with a leader line),
 * trying each of its names in turn. A spot is free when its box stays in bounds and touches no
 * placed label, leader line or obstacle, and its leader line crosses no other. A request with no
 * free spot is left out unless it is required; then it takes its first spot and the caller's tests
 * must catch the collision.
 * Boxes shrink about their anchors, so a placement made at one size holds at every larger one.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: { circles: readonly Circle[]; boxes: readonly Box[] },
  scale: LabelScale,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const points = requests.map((r) => r.point);
  for (const request of requests) {
    const spots = spotsFor(request, scale);
    const others = points.filter((p) => p !== request.point).map(([x, y]): Circle => ({ x, y, r: 2 * scale.px }));
    const free = spots.find((spot) => isFree(spot, request.bounds, placed, [...obstacles.circles, ...others], obstacles.boxes));
    const chosen = free ?? (request.required ? spots[0] : undefined);
    if (chosen) placed.push(chosen);
  }
  return placed;
}

function spotsFor(request: LabelRequest, scale: LabelScale): PlacedLabel[] {
  const {
    code,
    point: [px, py],
    extent,
  } = request;
  const halo = HALO_EM * scale.font;
  const h = HEIGHT_EM * scale.font;
  const spots: PlacedLabel[] = [];
  const widthEm = scale.measure ?? textWidthEm;
  const sized = request.names.map((text) => ({ text, w: widthEm(text) * scale.font }));
  // On the shape first: at its centre, then nudged within it.
  for (const { text, w } of sized) {
    if (w > extent[0] * 0.9 || h > extent[1] * 0.9) continue;
    const room: Point = [(extent[0] * 0.9 - w) / 2, (extent[1] * 0.9 - h) / 2];
    for (const [dx, dy] of [[0, 0], ...DIRECTIONS]) {
      const x = px + dx! * room[0];
      const y = py + dy! * room[1];
      spots.push({ code, text, x, y, anchor: 'middle', box: { x0: x - w / 2 - halo, y0: y - h / 2, x1: x + w / 2 + halo, y1: y + h / 2 } });
    }
  }
  for (const { text, w } of sized) {
    for (const r of RADII_PX.filter((r) => request.required || r <= OPTIONAL_RADIUS_PX)) {
      for (const [dx, dy] of DIRECTIONS) spots.push(offSpot(code, text, w, h, halo, [px, py], [dx * r * scale.px, dy * r * scale.px]));
    }
  }
  return spots;
}

/** A label standing off its point by `offset`, on the side the offset points to, with a leader line. */
function offSpot(code: string, text: string, w: number, h: number, halo: number, [px, py]: Point, [ox, oy]: Point): PlacedLabel {
  const anchor = ox > 0 ? 'start' : ox < 0 ? 'end' : 'middle';
  const x = px + ox;
  // Above or below, the box's near edge (not its middle) stands at the offset.
  const y = py + oy + Math.sign(oy) * (ox === 0 ? h / 2 : 0);
  const x0 = anchor === 'start' ? x - halo : anchor === 'end' ? x - w - halo : x - w / 2 - halo;
  const box = { x0, y0: y - h / 2, x1: x0 + w + 2 * halo, y1: y + h / 2 };
  const end: Point = [clamp(px, box.x0, box.x1), clamp(py, box.y0, box.y1)];
  return { code, text, x, y, anchor, box, leader: [px, py, end[0], end[1]] };
}

function isFree(
  spot: PlacedLabel,
  bounds: Box,
  placed: readonly PlacedLabel[],
  circles: readonly Circle[],
  boxes: readonly Box[],
): boolean {
  const { box, leader } = spot;
  if (box.x0 < bounds.x0 || box.y0 < bounds.y0 || box.x1 > bounds.x1 || box.y1 > bounds.y1) return false;
  if (boxes.some((b) => boxesOverlap(b, box))) return false;
  if (circles.some((c) => circleTouchesBox(c, box))) return false;
  for (const other of placed) {
    if (boxesOverlap(other.box, box)) return false;
    if (other.leader && segmentTouchesBox(other.leader, box)) return false;
    if (leader && segmentTouchesBox(leader, other.box)) return false;
    if (leader && other.leader && segmentsCross(leader, other.leader)) return false;
  }
  return true;
}

/** Whether two boxes share any area. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function circleTouchesBox(c: Circle, b: Box): boolean {
  const dx = c.x - clamp(c.x, b.x0, b.x1);
  const dy = c.y - clamp(c.y, b.y0, b.y1);
  return dx * dx + dy * dy < c.r * c.r;
}

/** Whether a segment passes through a box's interior (Liang–Barsky clipping). */
export function segmentTouchesBox([x0, y0, x1, y1]: readonly [number, number, number, number], b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const edges: [number, number][] = [
    [-dx, x0 - b.x0],
    [dx, b.x1 - x0],
    [-dy, y0 - b.y0],
    [dy, b.y1 - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/** Whether two segments cross or touch (two leader lines drawn across each other read as one cross). */
export function segmentsCross(a: readonly [number, number, number, number], b: readonly [number, number, number, number]): boolean {
  const side = (x0: number, y0: number, x1: number, y1: number, x: number, y: number) =>
    Math.sign((x1 - x0) * (y - y0) - (y1 - y0) * (x - x0));
  const [ax0, ay0, ax1, ay1] = a;
  const [bx0, by0, bx1, by1] = b;
  const d1 = side(bx0, by0, bx1, by1, ax0, ay0);
  const d2 = side(bx0, by0, bx1, by1, ax1, ay1);
  const d3 = side(ax0, ay0, ax1, ay1, bx0, by0);
  const d4 = side(ax0, ay0, ax1, ay1, bx1, by1);
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;
  // Collinear and overlapping: one lies along the other.
  const within = (p: number, q: number, v: number) => Math.min(p, q) <= v && v <= Math.max(p, q);
  const onSegment = (x0: number, y0: number, x1: number, y1: number, x: number, y: number) => within(x0, x1, x) && within(y0, y1, y);
  return (
    (d1 === 0 && onSegment(bx0, by0, bx1, by1, ax0, ay0)) ||
    (d2 === 0 && onSegment(bx0, by0, bx1, by1, ax1, ay1)) ||
    (d3 === 0 && onSegment(ax0, ay0, ax1, ay1, bx0, by0)) ||
    (d4 === 0 && onSegment(ax0, ay0, ax1, ay1, bx1, by1))
  );
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
