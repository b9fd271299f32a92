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

/** The map geometry the components use, from the map data. */
export function fromData(data: MapGeometryData): MapGeometry {
  return {
    ...points(data),
    shapes: new Map(Object.entries(data.shapes)),
    disputes: new Map(Object.entries(data.disputes)),
    land: data.land,
  };
}

const pointsOf = new WeakMap<object, Omit<MapGeometry, 'shapes' | 'disputes' | 'land'>>();

/**
 * The sizes and points of the map, made once per map data: a geometry that gains paths later
 * keeps the same objects, so what is remembered by them (the labels' placement) still holds.
 */
function points(meta: MapMeta) {
  let made = pointsOf.get(meta.centroids);
  if (!made) {
    made = {
      width: meta.width,
      height: meta.height,
      inset: meta.inset,
      centroids: new Map(Object.entries(meta.centroids)),
      anchors: new Map(Object.entries(meta.anchors)),
      extents: new Map(Object.entries(meta.extents)),
      // Only the event places the build projected: the app ships no projection.
      project: (place) => meta.places?.[placeKey(place)] ?? null,
    };
    pointsOf.set(meta.centroids, made);
  }
  return made;
}

/** What the app needs of the map before any shape: sizes and the points computed at build time. */
export type MapMeta = Omit<MapGeometryData, 'shapes' | 'disputes' | 'land'>;

/** Some of the map's paths: a map data file's, or those a pre-rendered page already holds. */
export interface MapShapes {
  shapes: Record<string, string>;
  disputes: Record<string, string>;
  land?: string;
}

/** The map geometry from the points and the paths known so far; a shape not among them draws nothing yet. */
export function fromParts(meta: MapMeta, parts: readonly MapShapes[]): MapGeometry {
  const all = (key: 'shapes' | 'disputes') => Object.assign({}, ...parts.map((p) => p[key])) as Record<string, string>;
  return fromData({ ...meta, shapes: all('shapes'), disputes: all('disputes'), land: parts.find((p) => p.land)?.land ?? '' });
}

/** Loads a map data file of paths; rejects on a network error, a bad response or malformed data. */
export async function loadMapShapes(url: string, fetcher: typeof fetch = fetch): Promise<MapShapes> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`map data: HTTP ${response.status}`);
  const data = (await response.json()) as MapShapes;
  if ([data.shapes, data.disputes].some((o) => typeof o !== 'object' || o === null)) throw new Error('map data: malformed');
  return data;
}
