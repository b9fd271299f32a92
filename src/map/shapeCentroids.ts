import type { Point } from './centroid';
import type { MapGeometry } from './geometry';
import { westToEast } from './neighbours';

const orders = new WeakMap<MapGeometry, readonly string[]>();

/**
 * The centroid of every drawn shape's largest ring, by shape id, as computed at build time.
 * Shapes wholly outside the frame (empty paths) have none.
 */
export function shapeCentroids(geometry: MapGeometry): ReadonlyMap<string, Point> {
  return geometry.centroids;
}

/** Shape ids from west to east (the inset's North America first), computed once per geometry. */
export function shapesWestToEast(geometry: MapGeometry): readonly string[] {
  let order = orders.get(geometry);
  if (!order) {
    order = westToEast(shapeCentroids(geometry));
    orders.set(geometry, order);
  }
  return order;
}
