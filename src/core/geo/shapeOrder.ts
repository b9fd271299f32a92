import type { MapGeometry } from './geometry';
import { westToEast } from './neighbours';

const orders = new WeakMap<MapGeometry, readonly string[]>();

/** Shape ids from west to east (the inset's North America first), computed once per geometry. */
export function shapesWestToEast(geometry: MapGeometry): readonly string[] {
  let order = orders.get(geometry);
  if (!order) {
    order = westToEast(geometry.centroids);
    orders.set(geometry, order);
  }
  return order;
}
