import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin, ResolvedConfig } from 'vite';
import type { Topology } from 'topojson-specification';
import frames from '../src/data/frames.json';
import events from '../src/data/events.json';
import { buildMapGeometry, type Frames } from '../src/core/geo/geometry';
import { placeKey, type MapGeometryData, type MapMeta, type MapShapes } from '../src/core/geo/geometryData';
import type { Dataset } from '../src/core/domain/dataset';
import { latestShapesSince } from '../src/core/domain/units';
import { dataset } from '../src/data/dataset';
import { shapePoints } from '../src/core/geo/points';
import { compactPath } from './compactPath';

const VIRTUAL = 'virtual:map-files';

/**
 * The map data, projected at build time: path strings for every shape, on a one-unit grid (1/1000 of the map's width), which keeps the first load within its budget.
 * MAP_ATLAS names another atlas file (the bench's finer resolution); MAP_GRID the grid.
 */
export function mapGeometryData(
  atlasPath = process.env.MAP_ATLAS ?? 'src/data/atlas.json',
  grid = Number(process.env.MAP_GRID ?? 1),
): MapGeometryData {
  const atlas = JSON.parse(readFileSync(atlasPath, 'utf8')) as Topology<never>;
  const g = buildMapGeometry(atlas, frames as unknown as Frames, new Set(frames.inset.units));
  const compact = (m: ReadonlyMap<string, string>) => Object.fromEntries([...m].map(([k, d]) => [k, compactPath(d, grid)]));
  // The places of events, projected here too, so that the app needs no projection to pin them.
  const places: Record<string, [number, number]> = {};
  for (const e of events.events) {
    const p = 'place' in e && e.place ? g.project(e.place as [number, number]) : null;
    if (p) places[placeKey(e.place as [number, number])] = [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
  }
  const shapes = compact(g.shapes);
  // Measured on the paths as shipped, to a tenth of a unit (a tenth of a pixel at full width).
  const { centroids, anchors, extents } = shapePoints(new Map(Object.entries(shapes)));
  const round = (m: ReadonlyMap<string, readonly [number, number]>) =>
    Object.fromEntries([...m].map(([k, [x, y]]) => [k, [Math.round(x * 10) / 10, Math.round(y * 10) / 10] as [number, number]]));
  // Whole units are enough to tell whether a name fits on a shape.
  const whole = (m: ReadonlyMap<string, readonly [number, number]>) =>
    Object.fromEntries([...m].map(([k, [w, h]]) => [k, [Math.round(w), Math.round(h)] as [number, number]]));
  return {
    width: g.width,
    height: g.height,
    inset: g.inset,
    shapes,
    disputes: compact(g.disputes),
    land: compactPath(g.land, grid),
    centroids: round(centroids),
    anchors: round(anchors),
    extents: whole(extents),
    places,
  };
}

/** A map data file of paths; a page drawn for `since` or later holds them all, so never fetches it. */
export interface MapFile extends MapShapes {
  since?: number;
}

/**
 * Splits the map data so that no page sends a path twice on its first load: the latest year's
 * shapes in one file per year they first appear (most since 1949, a few since 1990, 1993, 2006…),
 * the land with the oldest, and every other shape with all the disputes (small) in a last file
 * that every page fetches. A page of year Y fetches the files of shapes that Y does not draw yet.
 */
export function splitMapData(full: MapGeometryData, data: Dataset = dataset): { meta: MapMeta; files: MapFile[] } {
  const { shapes, disputes, land, ...meta } = full;
  const since = latestShapesSince(data);
  const years = [...new Set(since.values())].sort((a, b) => a - b);
  const of = (keep: (id: string) => boolean) => Object.fromEntries(Object.entries(shapes).filter(([id]) => keep(id)));
  return {
    meta,
    files: [
      ...years.map((year, i) => ({ since: year, shapes: of((id) => since.get(id) === year), disputes: {}, ...(i === 0 ? { land } : {}) })),
      { shapes: of((id) => !since.has(id)), disputes },
    ],
  };
}

/**
 * Ships the map data: static, content-hashed files of paths (`/assets/map-since-1949-HASH.json`…,
 * `/assets/map-rest-HASH.json`) that pages preload and the service worker caches, and the points,
 * which every first render needs, in the bundle: `import { meta, files } from 'virtual:map-files'`.
 */
export function mapData(): Plugin {
  let config: ResolvedConfig;
  let files: { since?: number; json: string; fileName: string }[] = [];
  let meta = '';
  const url = (fileName: string) => `${config.base}${fileName}`;
  return {
    name: 'map-data',
    configResolved(resolved) {
      config = resolved;
      const split = splitMapData(mapGeometryData());
      meta = JSON.stringify(split.meta);
      files = split.files.map(({ since, ...shapes }) => {
        const json = JSON.stringify(shapes);
        const name = since === undefined ? 'rest' : `since-${since}`;
        return { since, json, fileName: `assets/map-${name}-${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json` };
      });
    },
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
    load: (id) =>
      id === `\0${VIRTUAL}`
        ? `export const meta = ${meta};\nexport const files = ${JSON.stringify(files.map(({ since, fileName }) => ({ since, url: url(fileName) })))};`
        : undefined,
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = files.find((f) => req.url === url(f.fileName));
        if (!file) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(file.json);
      });
    },
    generateBundle() {
      if (!config.build.ssr) for (const { fileName, json } of files) this.emitFile({ type: 'asset', fileName, source: json });
    },
    // Every file for the template; the site build keeps, on each year's page, those it needs.
    transformIndexHtml: () =>
      files.map(({ since, fileName }) => ({
        tag: 'link',
        attrs: {
          rel: 'preload',
          href: url(fileName),
          as: 'fetch',
          crossorigin: 'anonymous',
          ...(since === undefined ? {} : { 'data-since': String(since) }),
        },
        injectTo: 'head' as const,
      })),
  };
}
