import { pathCentroids, type Point } from './centroid';

/** The points the map places things at, one per shape, computed from the paths where they are drawn. */
export interface ShapePoints {
  /** The centroid of each shape's largest ring: where keyboard navigation measures from. */
  centroids: ReadonlyMap<string, Point>;
  /** The area-weighted centroid of each shape: where a small state's marker sits. */
  anchors: ReadonlyMap<string, Point>;
  /** The width and height of each shape's largest ring: whether a name fits on it or needs a leader line. */
  extents: ReadonlyMap<string, Point>;
}

/**
 * Computes the shapes' points from their paths. Run at build time (and in tests): the app
 * receives them with the map data, so that neither the first render nor the slider parses a path.
 * Shapes wholly outside the frame (empty paths) have no point.
 */
export function shapePoints(shapes: ReadonlyMap<string, string>): ShapePoints {
  const centroids = new Map<string, Point>();
  const anchors = new Map<string, Point>();
  const extents = new Map<string, Point>();
  for (const [id, d] of shapes) {
    const c = pathCentroids(d);
    if (!c) continue;
    centroids.set(id, c.largestRing);
    anchors.set(id, c.overall);
    extents.set(id, c.extent);
  }
  return { centroids, anchors, extents };
}
