import type { MapGeometry } from './geometry';

type Point = [number, number];

// Computed once per geometry and key, so that moving the slider never projects anything again.
const places = new WeakMap<MapGeometry, Map<string, Point | null>>();

function cached(cache: WeakMap<MapGeometry, Map<string, Point | null>>, geometry: MapGeometry, key: string, make: () => Point | null) {
  let byKey = cache.get(geometry);
  if (!byKey) cache.set(geometry, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, make());
  return byKey.get(key)!;
}

/** The area-weighted centroid of a unit's drawn shape (from the build), in view coordinates; null if it has no shape. */
export function shapeCentroid(geometry: MapGeometry, shapeId: string): Point | null {
  const p = geometry.anchors.get(shapeId);
  return p ? [p[0], p[1]] : null;
}

/** Where a place ([longitude, latitude]) is drawn in the main view; null when outside it. */
export function placePoint(geometry: MapGeometry, place: [number, number]): Point | null {
  return cached(places, geometry, place.join(','), () => geometry.project?.(place) ?? null);
}
