import { pathCentroid, type Point } from './centroid';
import type { MapGeometry } from './geometry';
import { westToEast } from './neighbours';

const cache = new WeakMap<MapGeometry, ReadonlyMap<string, Point>>();
const orders = new WeakMap<MapGeometry, readonly string[]>();

/**
 * The centroid of every drawn shape, by shape id, computed once per geometry and cached: the
 * slider never pays for it. Shapes wholly outside the frame (empty paths) have none.
 */
export function shapeCentroids(geometry: MapGeometry): ReadonlyMap<string, Point> {
  let centroids = cache.get(geometry);
  if (!centroids) {
    const entries: [string, Point][] = [];
    for (const [id, d] of geometry.shapes) {
      const point = pathCentroid(d);
      if (point) entries.push([id, point]);
    }
    centroids = new Map(entries);
    cache.set(geometry, centroids);
  }
  return centroids;
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
