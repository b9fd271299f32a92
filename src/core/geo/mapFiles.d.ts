/** The map data, split by build/mapData.ts: the points in the bundle, the paths in files. */
declare module 'virtual:map-files' {
  import type { MapMeta } from './geometryData';
  /** Sizes, centroids, anchors and event places. */
  export const meta: MapMeta;
  /** The files of paths, each with every path that a page of a year from `from` to `to` lacks. */
  export const files: { url: string; from: number; to: number }[];
  /** The file of every path, for a page that holds none. */
  export const allPaths: string;
}
