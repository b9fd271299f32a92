// After `vite build`: pre-renders a page per year (dist/YYYY/index.html, and dist/index.html for
// the latest year) with its link preview (dist/og/YYYY.png), then the app icons and the service
// worker. Uses the SSR build of src/app/prerender/entry.tsx and the map data file the browser loads.
// SITE_URL (e.g. https://example.org) makes the pages' Open Graph URLs absolute; SITE_DIST and
// SITE_SSR point at other build directories (the bench builds a second map resolution);
// SITE_HOME_ONLY=1 writes the home page without the year pages and their previews (the quick
// bench, which loads only the home page: a site to measure, not to ship).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { writeIcons } from './icons.mjs';
import { writeServiceWorker } from './serviceWorker.mjs';

const DIST = process.env.SITE_DIST ? pathToFileURL(`${resolve(process.env.SITE_DIST)}/`) : new URL('../../dist/', import.meta.url);
const SSR = process.env.SITE_SSR
  ? pathToFileURL(resolve(process.env.SITE_SSR, 'entry.js'))
  : new URL('../../node_modules/.prerender/entry.js', import.meta.url);
const site = (process.env.SITE_URL ?? '').replace(/\/$/, '');

const { renderPage, renderPreview, pageSources, years, latestYear, pagePath, previewPath, languageCodes } = await import(SSR.href);
const template = readFileSync(new URL('index.html', DIST), 'utf8');
// The map's paths (build/mapData.ts): the template preloads the file of them all; each year's page
// preloads instead the file of the paths it does not hold (src/app/main.tsx fetches the same).
const allLink = /\s*<link rel="preload" href="\/(assets\/map-all-[^"]+\.json)"[^>]*>/.exec(template);
if (!allLink) throw new Error('no map data link in dist/index.html');
const mapData = [JSON.parse(readFileSync(new URL(allLink[1], DIST), 'utf8'))];
const mapFiles = readdirSync(new URL('assets/', DIST)).flatMap((f) => {
  const [, from, to] = /^map-(\d{4})-(\d{4})-[0-9a-f]+\.json$/.exec(f) ?? [];
  return from ? [{ file: `assets/${f}`, from: Number(from), to: Number(to) }] : [];
});
const pathsLacked = (year) => {
  const file = mapFiles.find((f) => f.from <= year && year <= f.to)?.file;
  if (!file) throw new Error(`no map data file for ${year} in dist/assets`);
  return allLink[0].replace(allLink[1], file).replace(' data-map-paths=""', '');
};

// The template's own title and description are the fallback for the dev server; each page gets its own.
const bare = template.replace(/<title>[^<]*<\/title>\s*/, '').replace(/<meta name="description"[^>]*>\s*/, '');
if (!bare.includes('<div id="root"></div>'))
  throw new Error('no empty #root in dist/index.html: run vite build first (npm run build does)');

if (!bare.includes('<script data-years>')) throw new Error('no <script data-years> in dist/index.html');

// Each language's chunk (vite.config.ts names it), which its pages preload: the app waits for it to start.
const assets = readdirSync(new URL('assets/', DIST));
const languageChunk = (lang) => {
  const file = assets.find((f) => f.startsWith(`lang-${lang}-`) && f.endsWith('.js'));
  if (!file) throw new Error(`no chunk for the language ${lang} in dist/assets`);
  return `<link rel="modulepreload" crossorigin href="/assets/${file}">`;
};

// The open unit's details are a chunk of their own (src/app/App.tsx), out of the first load: the
// head's script preloads it on a link that names a unit (?country=).
const detailsFile = assets.find((f) => /^UnitDetails-[\w-]+\.js$/.test(f));
if (!detailsFile) throw new Error('no chunk of the unit details (UnitDetails-*.js) in dist/assets');
const detailsChunk = `data-details="/assets/${detailsFile}"`;

// The app's stylesheet goes into each page (`<style>`, which the CSP's style-src allows): a phone on
// a slow network then paints once the page itself has arrived, without waiting for a second
// request that shares the line with the app's script (Lighthouse: First and Largest Contentful
// Paint ~0.2–0.4 s sooner on slow 4G). The file stays for anything else that links it.
const stylesheet = /<link rel="stylesheet" crossorigin href="\/(assets\/index-[^"]+\.css)">/.exec(bare);
if (!stylesheet) throw new Error('no stylesheet link in dist/index.html');
const css = readFileSync(new URL(stylesheet[1], DIST), 'utf8');
if (/<\/style/i.test(css)) throw new Error(`${stylesheet[1]} cannot be inlined: it contains </style`);
const inlined = bare.replace(stylesheet[0], () => `<style>${css.trim()}</style>`);

/** Text as an attribute's value in double quotes. */
const attribute = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

function page(year, home, lang) {
  const { html, head } = renderPage(mapData, year, home, site, lang);
  // Only the home page sends a link to another year or language on to that page (index.html explains).
  const withYears = inlined.replace(
    '<script data-years>',
    `<script data-years${home ? `="${years[0]} ${latestYear}"` : ''} ${detailsChunk}>`,
  );
  // A page preloads only the files of paths it does not hold (src/app/main.tsx fetches the same).
  const template = withYears.replace(allLink[0], pathsLacked(year));
  return template
    .replace('</head>', `${languageChunk(lang)}\n${head}\n  </head>`)
    .replace('<html lang="en">', `<html lang="${lang}">`)
    .replace(
      '<div id="root"></div>',
      `<div id="root" data-year="${year}" data-lang="${lang}" data-sources="${attribute(pageSources(html))}">${html}</div>`,
    );
}

const homeOnly = process.env.SITE_HOME_ONLY === '1';
for (const lang of homeOnly ? [] : languageCodes) {
  for (const year of years) {
    const dir = new URL(`.${pagePath(year, false, lang)}`, DIST);
    mkdirSync(dir, { recursive: true });
    writeFileSync(new URL('index.html', dir), page(year, false, lang));
    const preview = new URL(`.${previewPath(year, lang)}`, DIST);
    mkdirSync(new URL('./', preview), { recursive: true });
    const png = new Resvg(renderPreview(mapData, year, lang), { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } })
      .render()
      .asPng();
    writeFileSync(preview, png);
  }
}
writeFileSync(new URL('index.html', DIST), page(latestYear, true, 'en'));
writeIcons(DIST);
const cached = writeServiceWorker(DIST);
console.log(
  homeOnly
    ? `site: the home page only (SITE_HOME_ONLY), service worker caching ${cached} files`
    : `site: ${years.length} year pages with previews in each of ${languageCodes.length} languages, home page for ${latestYear}, service worker caching ${cached} files`,
);
