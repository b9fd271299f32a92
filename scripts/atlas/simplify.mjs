// Visvalingam simplification on the shared arcs (so neighbours keep
// matching borders), then small islands are dropped. Thresholds are for the
// Europe view; frames drawn smaller get proportionally coarser. Microstates
// survive: every piece's largest ring keeps at least MIN_CORNERS corners and
// is never filtered.
import { feature } from 'topojson-client';
import { filter, presimplify, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import { DETAIL, frameOf } from './frames.mjs';

const MIN_CORNERS = 4;
const arcIndex = (a) => (a < 0 ? ~a : a);

function ringCoordinates(topology, ring) {
  return feature(topology, { type: 'Polygon', arcs: [ring] }).geometry.coordinates[0];
}

// The exterior ring with the largest area, per piece.
function mainRings(topology, pieces) {
  return pieces
    .filter((g) => g.type === 'MultiPolygon')
    .map((g) => {
      const scored = g.arcs.map((poly) => [sphericalRingArea(ringCoordinates(topology, poly[0])), poly[0]]);
      return scored.reduce((best, s) => (s[0] > best[0] ? s : best))[1];
    });
}

// If a ring would keep fewer than MIN_CORNERS distinct corners at
// `minWeight`, pins its extreme points (min/max of x, y, x+y, x-y) so it
// stays a small polygon with real area rather than collapsing to a line.
// (Visvalingam weights tie a lot at the end, so "the heaviest points" can
// all be collinear.)
function protectRing(topology, ring, minWeight) {
  const points = ring.flatMap((a) => topology.arcs[arcIndex(a)]);
  const corners = new Set(points.filter((p) => p[2] >= minWeight).map(([x, y]) => `${x},${y}`));
  if (corners.size >= MIN_CORNERS) return;
  for (const f of [([x]) => x, ([, y]) => y, ([x, y]) => x + y, ([x, y]) => x - y]) {
    const values = points.map(f);
    points[values.indexOf(Math.min(...values))][2] = Infinity;
    points[values.indexOf(Math.max(...values))][2] = Infinity;
  }
}

// Weights and areas scale with the square of the frame's map scale.
const areaScale = (point) => DETAIL[frameOf(point)] ** 2;

export function simplifyAtlas(topology, { minWeight, minRingArea }) {
  const pre = presimplify(topology, sphericalTriangleArea);
  for (const arc of pre.arcs) {
    const k = areaScale(arc[0]);
    for (const p of arc) p[2] *= k;
  }
  const rings = mainRings(pre, pre.objects.pieces.geometries);
  for (const ring of rings) protectRing(pre, ring, minWeight);
  const kept = new Set(rings.flatMap((ring) => ring.map(arcIndex)));

  const simple = simplify(pre, minWeight);
  // A ring made only of protected arcs is a main ring, or the hole an
  // enclave (San Marino, Vatican) leaves in its neighbour: keep both.
  return filter(simple, (ring, interior) => {
    if (ring.every((a) => kept.has(arcIndex(a)))) return true;
    const coords = ringCoordinates(simple, ring);
    return sphericalRingArea(coords, interior) * areaScale(coords[0]) >= minRingArea;
  });
}
