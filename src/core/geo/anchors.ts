import type { MapGeometry } from './geometry';

type Point = [number, number];

// Event places, looked up once per geometry and place.
const places = new WeakMap<MapGeometry, Map<string, Point | null>>();

function cached(cache: WeakMap<MapGeometry, Map<string, Point | null>>, geometry: MapGeometry, key: string, make: () => Point | null) {
  let byKey = cache.get(geometry);
  if (!byKey) cache.set(geometry, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, make());
  return byKey.get(key)!;
}

/** Where a marker sits on a unit's drawn shape: its area-weighted centroid, from the build; null if it has no shape. */
export function shapeAnchor(geometry: MapGeometry, shapeId: string): readonly [number, number] | null {
  return geometry.anchors.get(shapeId) ?? null;
}

/** Where a place ([longitude, latitude]) is drawn in the main view; null when outside it. */
export function placePoint(geometry: MapGeometry, place: [number, number]): Point | null {
  return cached(places, geometry, place.join(','), () => geometry.project?.(place) ?? null);
}
