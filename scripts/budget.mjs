// Checks the size budgets of the built app (bytes, never time), gzipped: everything the home page
// fetches on a first visit (HTML with the pre-rendered map, JS, CSS, map data, icon, manifest)
// and the file of every map path. Also checks that every year page stays within the budget.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// 150 KB until 3 December 2026; 160 KB with the EU lens (~4 KB on every page) and the languages
// (a Russian or Ukrainian page is ~4.4 KB heavier than its English one: Cyrillic text); 147 KB
// since issue 21's cuts (a coarser map, the data's sources and the Embed dialog out of the first
// load), ~1.5 KB over the heaviest page (/ru/1949/, 149,013 B). Issue 21's target, 130 KB, is not
// met yet: see docs/performance.md for where the bytes go.
const BUDGET = { firstLoad: 147 * 1024, mapData: 60 * 1024 };
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

/** The files a page fetches on load: its scripts, styles, preloaded map data, icon and manifest. */
function firstLoadOf(page) {
  const html = readFileSync(page, 'utf8');
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  const urls = tags
    .filter((t) => !/rel="(?:apple-touch-icon|canonical|alternate)"/.test(t))
    .map((t) => /(?:src|href)="\/([^"]+)"/.exec(t)?.[1])
    .filter((u) => u !== undefined);
  return [page, ...new Set(urls.map((u) => join('dist', u)))].filter((f) => existsSync(f));
}

const kind = (f) =>
  f.endsWith('.html') ? 'HTML' : f.endsWith('.js') ? 'JS' : f.endsWith('.css') ? 'CSS' : /map-.*\.json$/.test(f) ? 'map data' : 'other';
const home = firstLoadOf('dist/index.html').map((f) => [f, gz(f)]);
const firstLoad = home.reduce((sum, [, n]) => sum + n, 0);
// The file of every path (a page fetches only those its year lacks): the map's paths in all.
const mapFiles = readdirSync('dist/assets').filter((f) => /^map-all-.*\.json$/.test(f));
const mapData = mapFiles.reduce((sum, f) => sum + gz(join('dist/assets', f)), 0);

for (const [f, n] of home) console.log(`${String(n).padStart(8)}  ${f} (${kind(f)})`);
console.log(`${String(firstLoad).padStart(8)}  first load of the home page, gzipped (budget ${BUDGET.firstLoad})`);
console.log(`${String(mapData).padStart(8)}  map data, every path, gzipped (budget ${BUDGET.mapData})`);

const yearPages = walk('dist').filter((f) => /\/\d{4}\/index\.html$/.test(f));
const heaviest = yearPages.map((p) => [p, firstLoadOf(p).reduce((sum, f) => sum + gz(f), 0)]).sort((a, b) => b[1] - a[1])[0];
if (heaviest) console.log(`${String(heaviest[1]).padStart(8)}  heaviest year page's first load: ${heaviest[0]}`);
console.log(`${String(walk('dist').length).padStart(8)}  files in dist/`);

const over = [];
if (mapData === 0) over.push('no file of every map path (map-all-*.json) in dist/assets');
if (firstLoad > BUDGET.firstLoad) over.push(`first load ${firstLoad} > ${BUDGET.firstLoad}`);
if (heaviest && heaviest[1] > BUDGET.firstLoad) over.push(`${heaviest[0]} first load ${heaviest[1]} > ${BUDGET.firstLoad}`);
if (mapData > BUDGET.mapData) over.push(`map data ${mapData} > ${BUDGET.mapData}`);
if (over.length) {
  console.error(`Over budget: ${over.join('; ')}`);
  process.exit(1);
}
