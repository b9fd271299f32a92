/** The map data, split by build/mapData.ts: the points in the bundle, the paths in files. */
declare module 'virtual:map-files' {
  import type { MapMeta } from './geometryData';
  /** Sizes, centroids, anchors and event places. */
  export const meta: MapMeta;
  /** The files of paths; a page drawn for `since` or later holds every path of that file. */
  export const files: { url: string; since?: number }[];
}
