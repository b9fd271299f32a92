// npm run bench:lighthouse: Lighthouse 12.2.3 (pinned; 13 needs Node 22) on the built home page and
// a year page, a link to a year and one with a country open, mobile profile (its default: Moto G Power, slow 4G and 4× CPU, simulated), served
// from dist/ on loopback by our own static server. Prints the four category scores, 0–100, and the
// performance metrics (FCP, LCP, TBT, CLS, Speed Index) per page.
// Options: --no-build (use dist/ as is; else it builds with SITE_URL set to the server's origin), --runs N (default 1; medians and ranges with more),
// --pages /a,/b (only these addresses), --json FILE (every run's scores and metrics, for the docs).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_FLAGS, CHROME_PATH } from './chromium.mjs';
import { serve } from './serve.mjs';
import { int, ms, printTable } from './stats.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 1;
const root = new URL('../..', import.meta.url).pathname;

const CATEGORIES = [
  ['performance', 'performance', '≥ 98'],
  ['accessibility', 'accessibility', '100'],
  ['best-practices', 'best practices', '100'],
  ['seo', 'SEO', '≥ 95'],
];
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const PAGES = option('--pages')?.split(',') ?? ['/', '/1999/', '/?year=2004', '/?year=2004&country=POL'];
// The performance metrics, by their audits' ids: numericValue is in ms (CLS: unitless).
const METRICS = [
  ['first-contentful-paint', 'FCP', ms],
  ['largest-contentful-paint', 'LCP', ms],
  ['total-blocking-time', 'TBT', ms],
  ['cumulative-layout-shift', 'CLS', (x) => x.toFixed(3)],
  ['speed-index', 'Speed Index', ms],
];

const { origin, close } = await serve(`${root}dist`);
// Built as a site is deployed, with its origin (SITE_URL, here the server's): the pages' canonical and
// hreflang links are then absolute, as search engines (and Lighthouse's SEO audits) require.
if (!args.includes('--no-build'))
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SITE_URL: origin } });
const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
const scores = Object.fromEntries(PAGES.map((p) => [p, []]));
const failing = new Map();
try {
  for (let run = 1; run <= runs; run++) {
    for (const path of PAGES) {
      process.stdout.write(`run ${run}/${runs}: ${path}…\n`);
      const { lhr } = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES.map(([id]) => id),
      });
      scores[path].push({
        ...Object.fromEntries(CATEGORIES.map(([id]) => [id, Math.round((lhr.categories[id]?.score ?? NaN) * 100)])),
        ...Object.fromEntries(METRICS.map(([id]) => [id, lhr.audits[id]?.numericValue ?? NaN])),
      });
      for (const audit of Object.values(lhr.audits)) {
        if (
          audit.score !== null &&
          audit.score < 0.9 &&
          audit.scoreDisplayMode !== 'informative' &&
          audit.scoreDisplayMode !== 'notApplicable'
        )
          failing.set(audit.id, audit.title);
      }
      const m = (id) => lhr.audits[id]?.displayValue ?? '–';
      console.log(
        `  FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')}, SI ${m('speed-index')}`,
      );
    }
  }
} finally {
  chrome.kill();
  await close();
}

const columns = PAGES.map((name) => ({ name }));
printTable(
  `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile, ${runs} run(s)`,
  columns,
  [
    ...CATEGORIES.map(([id, label, target]) => ({ label, target, format: int, values: (c) => scores[c.name].map((s) => s[id]) })),
    ...METRICS.map(([id, label, format]) => ({ label, format, values: (c) => scores[c.name].map((s) => s[id]) })),
  ],
);
const json = option('--json');
if (json) writeFileSync(json, `${JSON.stringify({ date: new Date().toISOString(), runs: scores }, null, 2)}\n`);
if (failing.size) console.log(`\naudits below 0.9: ${[...failing].map(([id, title]) => `${id} (${title})`).join('; ')}`);
