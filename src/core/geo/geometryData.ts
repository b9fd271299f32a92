import type { MapGeometry } from './geometry';

/** The projected map as shipped in the map data file: plain JSON, computed at build time. */
export interface MapGeometryData {
  width: number;
  height: number;
  inset: MapGeometry['inset'];
  shapes: Record<string, string>;
  disputes: Record<string, string>;
  land: string;
  /** Each shape's points (see ShapePoints), computed at build time from the shipped paths. */
  centroids: Record<string, [number, number]>;
  anchors: Record<string, [number, number]>;
  extents: Record<string, [number, number]>;
  /** Event places projected at build time, keyed by `placeKey`. */
  places?: Record<string, [number, number]>;
}

/** The key of a [longitude, latitude] place in the shipped data. */
export function placeKey(place: [number, number]): string {
  return place.join(',');
}

/** The map geometry the components use, from the map data file. */
export function fromData(data: MapGeometryData): MapGeometry {
  return {
    width: data.width,
    height: data.height,
    inset: data.inset,
    shapes: new Map(Object.entries(data.shapes)),
    disputes: new Map(Object.entries(data.disputes)),
    land: data.land,
    centroids: new Map(Object.entries(data.centroids)),
    anchors: new Map(Object.entries(data.anchors)),
    extents: new Map(Object.entries(data.extents)),
    // Only the event places the build projected: the app ships no projection.
    project: (place) => data.places?.[placeKey(place)] ?? null,
  };
}

/** The map geometry from the map data file; rejects on a network error or a bad response. */
export async function loadMapGeometry(url: string, fetcher: typeof fetch = fetch): Promise<MapGeometry> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`map data: HTTP ${response.status}`);
  const data = (await response.json()) as MapGeometryData;
  const objects = [data.shapes, data.centroids, data.anchors, data.extents];
  if (typeof data.width !== 'number' || objects.some((o) => typeof o !== 'object' || o === null)) throw new Error('map data: malformed');
  return fromData(data);
}
