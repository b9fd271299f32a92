// Checks the size budgets of the built app (bytes, never time): first load and map data, gzipped.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = { firstLoad: 150 * 1024, mapData: 60 * 1024 };
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

const html = readFileSync('dist/index.html', 'utf8');
const linked = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => join('dist', m[1]));
const files = ['dist/index.html', ...new Set(linked)];
const sizes = files.map((f) => [f, gz(f)]);
const firstLoad = sizes.reduce((sum, [, n]) => sum + n, 0);
const mapData = gz('src/map/atlas.json');

for (const [f, n] of sizes) console.log(`${String(n).padStart(8)}  ${f}`);
console.log(`${String(firstLoad).padStart(8)}  first load, gzipped (budget ${BUDGET.firstLoad})`);
console.log(`${String(mapData).padStart(8)}  map data (atlas.json), gzipped (budget ${BUDGET.mapData}), included in the JS above`);
console.log(`${String(walk('dist').length).padStart(8)}  files in dist/`);

const over = [];
if (firstLoad > BUDGET.firstLoad) over.push(`first load ${firstLoad} > ${BUDGET.firstLoad}`);
if (mapData > BUDGET.mapData) over.push(`map data ${mapData} > ${BUDGET.mapData}`);
if (over.length) {
  console.error(`Over budget: ${over.join('; ')}`);
  process.exit(1);
}
