// A crude outward buffer: the polygon plus, for every edge, the edge swept
// by a square of half-size d (a convex hexagon). The admin-1 regions are
// drawn at 10m detail while the countries are 50m, so their coastlines do
// not match; a buffered region swallows the 50m coast it should own.
import pc from 'polygon-clipping';

// Andrew's monotone chain; returns a closed counter-clockwise ring.
function hull(points) {
  const pts = points.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o, a, b) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list) => {
    const out = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2], out[out.length - 1], p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  const ring = [...half(pts), ...half(pts.slice().reverse())];
  return [...ring, ring[0]];
}

// Drops vertices within `tol` of the last kept one. The original polygon is
// part of the union anyway, so this only trims the sweep a little (by < tol).
function decimate(ring, tol) {
  const out = [ring[0]];
  for (const p of ring.slice(1, -1)) {
    const q = out[out.length - 1];
    if (Math.abs(p[0] - q[0]) > tol || Math.abs(p[1] - q[1]) > tol) out.push(p);
  }
  out.push(ring[ring.length - 1]);
  return out;
}

export function buffer(mp, d) {
  const pieces = [];
  for (const poly of mp)
    for (const full of poly) {
      const ring = decimate(full, d / 2);
      for (let i = 1; i < ring.length; i++) {
        const corners = [];
        for (const [x, y] of [ring[i - 1], ring[i]]) {
          corners.push([x - d, y - d], [x + d, y - d], [x + d, y + d], [x - d, y + d]);
        }
        pieces.push([hull(corners)]);
      }
    }
  // Snap to a 1e-6° grid: raw hull corners sit a hair apart from each other,
  // which trips polygon-clipping in later operations.
  const snap = (v) => Math.round(v * 1e6) / 1e6;
  return pc.union(mp, ...pieces).map((poly) => poly.map((ring) => ring.map(([x, y]) => [snap(x), snap(y)])));
}
