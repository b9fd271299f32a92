// Unit shapes and dispute overlays are merged from pieces with mergeArcs,
// so they reuse the pieces' arcs exactly: no seams between merged parts and
// no gaps between neighbours.
import { mergeArcs } from 'topojson-client';

function merger(topology) {
  const byId = new Map(topology.objects.pieces.geometries.map((g) => [g.id, g]));
  return (id, parts) => {
    const geoms = parts.map((part) => {
      if (!byId.has(part)) throw new Error(`${id}: unknown piece ${part}`);
      return byId.get(part);
    });
    return { type: 'MultiPolygon', id, arcs: mergeArcs(topology, geoms).arcs };
  };
}

// Replaces the pieces with shapes (`${code}#${periodIndex}`), disputes
// (by slug) and land; arcs nothing refers to any more are pruned later.
export function buildShapes(topology, units, disputes) {
  const merge = merger(topology);
  const shapes = units.flatMap((unit) => unit.periods.map((period, i) => merge(`${unit.code}#${i}`, period.parts)));
  const overlays = disputes.map(({ slug, parts }) => merge(slug, parts));
  const land = { ...topology.objects.land, id: 'land' };
  return {
    ...topology,
    objects: {
      shapes: { type: 'GeometryCollection', geometries: shapes },
      disputes: { type: 'GeometryCollection', geometries: overlays },
      land,
    },
  };
}
