import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin, ResolvedConfig } from 'vite';
import type { Topology } from 'topojson-specification';
import frames from '../src/data/frames.json';
import events from '../src/data/events.json';
import { buildMapGeometry, type Frames } from '../src/core/geo/geometry';
import { placeKey, type MapGeometryData } from '../src/core/geo/geometryData';
import { shapePoints } from '../src/core/geo/points';
import { compactPath } from './compactPath';

const VIRTUAL = 'virtual:map-data-url';

/**
 * The map data, projected at build time: path strings for every shape, on a one-unit grid (1/1000 of the map's width), which keeps the first load within its budget.
 * MAP_ATLAS names another atlas file (the bench's finer resolution); MAP_GRID the grid.
 */
export function mapGeometryData(atlasPath = process.env.MAP_ATLAS ?? 'src/data/atlas.json', grid = Number(process.env.MAP_GRID ?? 1)): MapGeometryData {
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
  const whole = (m: ReadonlyMap<string, readonly [number, number]>) => Object.fromEntries([...m].map(([k, [w, h]]) => [k, [Math.round(w), Math.round(h)] as [number, number]]));
  return { width: g.width, height: g.height, inset: g.inset, shapes, disputes: compact(g.disputes), land: compactPath(g.land, grid), centroids: round(centroids), anchors: round(anchors), extents: whole(extents), places };
}

/**
 * Ships the map data as a static, content-hashed file (`/assets/map-HASH.json`) that the page
 * preloads and the service worker caches; `import url from 'virtual:map-data-url'` gives its URL.
 */
export function mapData(): Plugin {
  let config: ResolvedConfig;
  let json = '';
  let fileName = '';
  const url = () => `${config.base}${fileName}`;
  return {
    name: 'map-data',
    configResolved(resolved) {
      config = resolved;
      json = JSON.stringify(mapGeometryData());
      fileName = `assets/map-${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;
    },
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
    load: (id) => (id === `\0${VIRTUAL}` ? `export default ${JSON.stringify(url())};` : undefined),
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== url()) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(json);
      });
    },
    generateBundle() {
      if (!config.build.ssr) this.emitFile({ type: 'asset', fileName, source: json });
    },
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'preload', href: url(), as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' },
    ],
  };
}
