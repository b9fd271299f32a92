import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin, ResolvedConfig } from 'vite';
import type { Topology } from 'topojson-specification';
import frames from '../src/data/frames.json';
import events from '../src/data/events.json';
import { buildMapGeometry, type Frames } from '../src/core/geo/geometry';
import { placeKey, type MapGeometryData, type MapMeta, type MapShapes } from '../src/core/geo/geometryData';
import type { Dataset } from '../src/core/domain/dataset';
import { unitsIn } from '../src/core/domain/units';
import { disputesIn } from '../src/core/domain/disputes';
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

/** A map data file of paths: those that the pages of the years `from` to `to` do not draw. */
export interface MapFile extends MapShapes {
  from: number;
  to: number;
}

/** The paths each year draws (shapes by id, disputes by slug; the land is drawn every year). */
function drawnIn(data: Dataset, year: number): string[] {
  return [...unitsIn(data, year).map((u) => u.shapeId), ...disputesIn(data, year).map((d) => d.slug)];
}

/**
 * Splits the map data so that no page sends a path twice on its first load: a page holds the paths
 * of its year, and preloads one file with all the others. Years that draw the same paths share a
 * file (1949–1956, 1957–1973, 1974–1989…: about a dozen files). `all` holds every path, for a page
 * that holds none (the dev server).
 */
export function splitMapData(full: MapGeometryData, data: Dataset = dataset): { meta: MapMeta; files: MapFile[]; all: MapShapes } {
  const { shapes, disputes, land, ...meta } = full;
  const files: MapFile[] = [];
  for (let year = data.firstYear; year <= data.latestYear; year++) {
    const drawn = new Set(drawnIn(data, year));
    const last = files.at(-1);
    if (last && last.to === year - 1 && drawnIn(data, last.from).join() === [...drawn].join()) {
      last.to = year;
      continue;
    }
    const lacking = (paths: Record<string, string>) => Object.fromEntries(Object.entries(paths).filter(([id]) => !drawn.has(id)));
    files.push({ from: year, to: year, shapes: lacking(shapes), disputes: lacking(disputes) });
  }
  return { meta, files, all: { shapes, disputes, land } };
}

/**
 * Ships the map data: static, content-hashed files of paths (`/assets/map-1949-1956-HASH.json`…,
 * each what those years' pages lack, and `/assets/map-all-HASH.json`) that pages preload and the service worker caches, and the points,
 * which every first render needs, in the bundle: `import { meta, files } from 'virtual:map-files'`.
 */
export function mapData(): Plugin {
  let config: ResolvedConfig;
  let files: { from?: number; to?: number; json: string; fileName: string }[] = [];
  let meta = '';
  const url = (fileName: string) => `${config.base}${fileName}`;
  return {
    name: 'map-data',
    configResolved(resolved) {
      config = resolved;
      const split = splitMapData(mapGeometryData());
      meta = JSON.stringify(split.meta);
      const file = (name: string, shapes: MapShapes) => {
        const json = JSON.stringify(shapes);
        return { json, fileName: `assets/map-${name}-${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json` };
      };
      files = [...split.files.map(({ from, to, ...shapes }) => ({ from, to, ...file(`${from}-${to}`, shapes) })), file('all', split.all)];
    },
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
    load: (id) =>
      id === `\0${VIRTUAL}`
        ? `export const meta = ${meta};\nexport const files = ${JSON.stringify(files.filter((f) => f.from).map(({ from, to, fileName }) => ({ from, to, url: url(fileName) })))};\nexport const allPaths = ${JSON.stringify(url(files.at(-1)!.fileName))};`
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
    // The file of every path for the template (the dev server's page holds none); the site build
    // gives each year's page the file of the paths it lacks instead.
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: { rel: 'preload', href: url(files.at(-1)!.fileName), as: 'fetch', crossorigin: 'anonymous', 'data-map-paths': '' },
        injectTo: 'head' as const,
      },
    ],
  };
}
