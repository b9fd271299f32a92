// Thin wrappers over polygon-clipping. Geometries here are bare MultiPolygon
// coordinate arrays ([polygon][ring][point]).
//
// polygon-clipping drops vertices that are collinear with their neighbours.
// Such a vertex may still be a junction for a neighbouring country, and if
// one side loses it the shared border no longer becomes a shared arc in the
// topology (seams after simplification). So every operation puts back the
// input vertices that lie on an output edge.
import pc from 'polygon-clipping';

const key = (p) => `${p[0]},${p[1]}`;

export function toMulti(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`unexpected geometry ${geometry.type}`);
}

// True when p lies on segment a-b (up to float noise).
function onSegment(p, a, b) {
  const [x, y] = p;
  if (x < Math.min(a[0], b[0]) || x > Math.max(a[0], b[0])) return false;
  if (y < Math.min(a[1], b[1]) || y > Math.max(a[1], b[1])) return false;
  const dx = b[0] - a[0],
    dy = b[1] - a[1];
  const cross = (x - a[0]) * dy - (y - a[1]) * dx;
  return Math.abs(cross) <= 1e-9 * Math.hypot(dx, dy);
}

function restoreVertices(result, inputs) {
  const present = new Set();
  for (const poly of result) for (const ring of poly) for (const p of ring) present.add(key(p));
  const missing = new Map();
  for (const mp of inputs)
    for (const poly of mp)
      for (const ring of poly)
        for (const p of ring) {
          if (!present.has(key(p))) missing.set(key(p), p);
        }
  if (!missing.size) return result;
  // Sorted by x so each edge only scans the points in its x range.
  const lost = [...missing.values()].sort((p, q) => p[0] - q[0]);
  const firstAtOrAfter = (x) => {
    let lo = 0,
      hi = lost.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lost[mid][0] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return result.map((poly) =>
    poly.map((ring) => {
      const out = [ring[0]];
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1],
          b = ring[i];
        // Points that belong on a-b, ordered along it.
        const along = [];
        for (let j = firstAtOrAfter(Math.min(a[0], b[0])); j < lost.length && lost[j][0] <= Math.max(a[0], b[0]); j++) {
          const p = lost[j];
          if (onSegment(p, a, b)) along.push([Math.hypot(p[0] - a[0], p[1] - a[1]), p]);
        }
        along.sort((u, v) => u[0] - v[0]);
        for (const [, p] of along) out.push(p);
        out.push(b);
      }
      return out;
    }),
  );
}

const wrap =
  (op) =>
  (...geoms) =>
    restoreVertices(op(...geoms), geoms);
export const union = wrap(pc.union);
export const intersection = wrap(pc.intersection);
export const difference = wrap(pc.difference);

// Approximate area in km² (equirectangular around the polygon), enough to
// tell a sliver from a real island.
export function areaKm2(poly) {
  let sum = 0;
  poly.forEach((ring, i) => {
    let a = 0;
    for (let j = 1; j < ring.length; j++) {
      a += ring[j - 1][0] * ring[j][1] - ring[j][0] * ring[j - 1][1];
    }
    sum += (i === 0 ? 1 : -1) * Math.abs(a / 2);
  });
  const lat = poly[0].reduce((s, p) => s + p[1], 0) / poly[0].length;
  return sum * 111.32 * 111.32 * Math.cos((lat * Math.PI) / 180);
}

// Splits a MultiPolygon into the polygons at least `minKm2` big and the rest.
export function partitionBySize(mp, minKm2) {
  const big = [],
    small = [];
  for (const poly of mp) (areaKm2(poly) >= minKm2 ? big : small).push(poly);
  return { big, small };
}

export const box = ([x0, y0, x1, y1]) => [
  [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
];

// polygon-clipping emits counter-clockwise exteriors (RFC 7946); d3-geo and
// topojson-client expect the opposite (clockwise exteriors), or a country
// turns into "the whole globe minus the country".
export const rewindForD3 = (mp) => mp.map((poly) => poly.map((ring) => ring.slice().reverse()));
