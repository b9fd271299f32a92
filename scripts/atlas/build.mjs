// npm run atlas: builds src/data/atlas.json, one TopoJSON topology holding
// every unit shape per period, the dispute overlays and the land background.
// Deterministic: same inputs, same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter } from 'topojson-simplify';
import { rewindForD3 } from './clip.mjs';
import { buildLand, buildPieces } from './pieces.mjs';
import { pickAdmin1 } from './pick.mjs';
import { buildShapes } from './shapes.mjs';
import { simplifyAtlas } from './simplify.mjs';
import { loadAdmin1, loadDisputes, loadUnits, loadWorld, OUTPUT } from './sources.mjs';

// Grid of the output, per axis over the bbox of both frames (~0.0025° of
// longitude, ~0.0006° of latitude).
const QUANTIZATION = 1e5;
// Simplification threshold in steradians. A ~1000 px wide Europe map is about
// 5 km per pixel, so 1 px² ≈ 25 km² ≈ 6e-7 sr; a corner is kept if its triangle
// is at least 2 px² (1.2e-6 sr: the first load's budget, issue 21).
// ATLAS_DETAIL=10 keeps ten times finer detail (the bench's second resolution).
const DETAIL_FACTOR = Number(process.env.ATLAS_DETAIL ?? 1);
const MIN_WEIGHT = 1.2e-6 / DETAIL_FACTOR;
// Islands under ~6 px² (160 km²) are dropped, unless one is a piece's main ring.
const MIN_RING_AREA = 4e-6 / DETAIL_FACTOR;

const world = loadWorld();
const units = loadUnits();
const admin1 = loadAdmin1(pickAdmin1);

const feature = (id, coordinates) => ({
  type: 'Feature',
  id,
  properties: null,
  geometry: { type: 'MultiPolygon', coordinates: rewindForD3(coordinates) },
});
const pieces = buildPieces(world, units, admin1);
const raw = topology(
  {
    pieces: { type: 'FeatureCollection', features: pieces.map((p) => feature(p.id, p.coordinates)) },
    land: feature('land', buildLand(world)),
  },
  QUANTIZATION,
);

const simple = simplifyAtlas(raw, { minWeight: MIN_WEIGHT, minRingArea: MIN_RING_AREA });
// filter() with no test just prunes arcs only the dropped pieces used.
const atlas = quantize(filter(buildShapes(simple, units, loadDisputes())), raw.transform);

const json = JSON.stringify(atlas);
mkdirSync(new URL('.', OUTPUT), { recursive: true });
writeFileSync(OUTPUT, json);
console.log(
  `atlas: ${atlas.objects.shapes.geometries.length} shapes, ${atlas.arcs.length} arcs, ` +
    `${json.length} bytes, ${gzipSync(json).length} gzipped`,
);
