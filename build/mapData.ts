import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin, ResolvedConfig } from 'vite';
import type { Topology } from 'topojson-specification';
import frames from '../src/data/frames.json';
import { buildMapGeometry, type Frames } from '../src/map/geometry';
import type { MapGeometryData } from '../src/map/geometryData';
import { compactPath } from './compactPath';

const VIRTUAL = 'virtual:map-data-url';

/**
 * The map data, projected at build time: path strings for every shape, on a half-pixel grid.
 * MAP_ATLAS names another atlas file (the bench's finer resolution); MAP_GRID the grid.
 */
export function mapGeometryData(atlasPath = process.env.MAP_ATLAS ?? 'src/map/atlas.json', grid = Number(process.env.MAP_GRID ?? 2)): MapGeometryData {
  const atlas = JSON.parse(readFileSync(atlasPath, 'utf8')) as Topology<never>;
  const g = buildMapGeometry(atlas, frames as unknown as Frames, new Set(frames.inset.units));
  const compact = (m: ReadonlyMap<string, string>) => Object.fromEntries([...m].map(([k, d]) => [k, compactPath(d, grid)]));
  return { width: g.width, height: g.height, inset: g.inset, shapes: compact(g.shapes), disputes: compact(g.disputes), land: compactPath(g.land, grid) };
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
