// npm run bench: builds the site (and a finer-resolution variant), serves each as static files on
// loopback, drives Debian's Chromium and prints load and slider figures beside a bare native slider
// measured in the same run, alternately, at full speed and 4× CPU slowdown. Figures, not assertions.
// Options: --runs N (default 3; cells show the median and the range), --no-build (use dist/ as is,
// and skip the finer resolution), --quick (one run, no finer map, no frame/heap/one-at-a-time passes,
// no type-check, the home page alone built into a temporary directory, a shorter harness-floor
// sample, and the scrubs from 1989 on: about 1 min 20 s on a quiet machine).
import { chromium } from '@playwright/test';
import { buildFine, buildQuick, buildShipped } from './builds.mjs';
import { CHROME_FLAGS, CHROME_PATH, freshPage } from './chromium.mjs';
import { harnessFloor, heapAfterScrubs, keyboardStepsApart, measureLoad, scrubKeyboard, scrubMouse } from './measure.mjs';
import { serve } from './serve.mjs';
import { int, kb, mb, median, ms, printTable, quantile } from './stats.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runs = quick ? 1 : Number(args[args.indexOf('--runs') + 1]) || 3;
const build = !args.includes('--no-build');

console.log(
  build
    ? quick
      ? 'building the shipped app with its home page only…'
      : 'building the shipped site and a finer map resolution…'
    : 'using dist/ as built',
);
const dirs = {
  shipped: !build ? new URL('../../dist', import.meta.url).pathname : quick ? buildQuick() : buildShipped(),
  // A page with nothing but a native range input: the browser's and the harness's own cost.
  reference: new URL('reference', import.meta.url).pathname,
};
if (build && !quick) dirs.finer = buildFine();

// The bare slider right after the app at each speed, so that the ratios compare neighbours in time.
const BARE = { 1: 'bare slider', 4: 'bare 4× CPU' };
const profiles = [
  { name: 'shipped', dir: 'shipped', cpu: 1 },
  { name: BARE[1], dir: 'reference', cpu: 1 },
  { name: 'shipped 4× CPU', dir: 'shipped', cpu: 4 },
  { name: BARE[4], dir: 'reference', cpu: 4 },
  ...(dirs.finer
    ? [
        { name: 'finer map', dir: 'finer', cpu: 1 },
        { name: 'finer 4× CPU', dir: 'finer', cpu: 4 },
      ]
    : []),
];

/**
 * The quick bench scrubs from here to the latest year: the years with most changes (the end of
 * the Cold War, German unification, the Soviet Union's end and every enlargement since), in about
 * half the time of a scrub from 1949. Its step figures are therefore not those of the full bench.
 */
const QUICK_FROM = 1989;

/** A gap between key presses longer than the 150 ms the panels wait for the year to settle. */
const STEPS_APART_MS = 250;

/** One session: a fresh browser context on the profile's build and CPU. */
async function session(browser, origin, cpu) {
  const { context, page, cdp } = await freshPage(browser, cpu);
  const load = await measureLoad(page, cdp, `${origin}/`);
  // Time for a step and its frame to finish before the next: ample at full speed, scaled when throttled.
  const settleMs = 50 * cpu;
  const floor = await harnessFloor(page, cdp, settleMs, quick ? 10 : 30);
  const scrub = { quick, from: quick ? QUICK_FROM : undefined };
  const keyboard = await scrubKeyboard(page, cdp, settleMs, scrub);
  const mouse = await scrubMouse(page, cdp, settleMs, scrub);
  // At 4× CPU the scrub's steps are already 200 ms apart, so taken one at a time: not repeated.
  const apart = cpu === 1 && !quick ? await keyboardStepsApart(page, cdp, STEPS_APART_MS) : [];
  const heap = quick ? { before: NaN, after: NaN } : await heapAfterScrubs(page, cdp);
  await context.close();
  return { load, floor, keyboard, mouse, apart, heap };
}

const results = Object.fromEntries(profiles.map((p) => [p.name, []]));
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
const servers = {};
for (const [key, dir] of Object.entries(dirs)) servers[key] = await serve(dir);
for (let run = 1; run <= runs; run++) {
  for (const p of profiles) {
    process.stdout.write(`run ${run}/${runs}: ${p.name}…\n`);
    results[p.name].push(await session(browser, servers[p.dir].origin, p.cpu));
  }
}
await browser.close();
for (const s of Object.values(servers)) await s.close();

const of = (f) => (column) => results[column.name].map(f);
/** Run by run, the app's figure over the bare slider's at the same CPU speed (none for the bare slider itself). */
const ratio = (f) => (column) =>
  column.dir === 'reference' ? [] : results[column.name].map((r, i) => f(r) / f(results[BARE[column.cpu]][i]));
const times = (x) => `${x.toFixed(2)}×`;
/** The rows of one scrub (`keyboard` or `mouse`): step times, gross and net of the harness floor, longest frame, path changes. */
const scrubRows = (kind) => [
  { label: `${kind} step: main thread, median`, format: ms, values: of((r) => median(r[kind].steps)) },
  { label: `${kind} step: main thread, p95`, format: ms, values: of((r) => quantile(r[kind].steps, 0.95)) },
  {
    label: `${kind} step ÷ bare slider's, median`,
    target: '≤ 1.6× (1×), ≤ 1.5× (4×)',
    format: times,
    values: ratio((r) => median(r[kind].steps)),
  },
  { label: `${kind} step ÷ bare slider's, p95`, target: '≤ 1.8× (4×)', format: times, values: ratio((r) => quantile(r[kind].steps, 0.95)) },
  { label: `${kind} step: net of harness floor, median`, format: ms, values: of((r) => median(r[kind].steps) - median(r.floor)) },
  { label: `${kind} scrub: catch-up once it stops (panels)`, format: ms, values: of((r) => r[kind].catchUp) },
  { label: `${kind} scrub: longest frame`, format: ms, values: of((r) => r[kind].longestFrame) },
  { label: `${kind} scrub: path d changes`, target: '0', format: int, values: of((r) => r[kind].dChanges) },
];
const rows = [
  ...['JS', 'CSS', 'HTML', 'map data', 'other'].map((k) => ({
    label: `first load: ${k}, gzipped`,
    format: kb,
    values: of((r) => r.load.bytes[k]),
  })),
  {
    label: 'first load: total, gzipped',
    target: '≤ 130 KB',
    format: kb,
    values: of((r) => Object.values(r.load.bytes).reduce((a, b) => a + b, 0)),
  },
  { label: 'first paint (map is in the HTML)', format: ms, values: of((r) => r.load.paint) },
  { label: 'largest contentful paint', target: '≤ 1000 ms', format: ms, values: of((r) => r.load.lcp) },
  { label: 'app ready (hydrated)', format: ms, values: of((r) => r.load.ready) },
  { label: 'start-up work done (years warmed, idle time)', format: ms, values: of((r) => r.load.warm) },
  ...scrubRows('keyboard'),
  ...scrubRows('mouse'),
  { label: `keyboard step one at a time (${STEPS_APART_MS} ms apart): median`, format: ms, values: of((r) => median(r.apart)) },
  { label: `keyboard step one at a time (${STEPS_APART_MS} ms apart): p95`, format: ms, values: of((r) => quantile(r.apart, 0.95)) },
  { label: 'mouse scrub: year reached', format: int, values: of((r) => r.mouse.reached) },
  { label: 'harness floor per step (included above)', format: ms, values: of((r) => median(r.floor)) },
  { label: 'JS heap after load', format: mb, values: of((r) => r.heap.before) },
  { label: 'JS heap after 10 scrubs', format: mb, values: of((r) => r.heap.after) },
  { label: 'JS heap growth', target: '< 1 MB', format: mb, values: of((r) => r.heap.after - r.heap.before) },
];
printTable(
  `NATO map bench: ${runs} run(s), Chromium ${browser.version()}, 1280×800, loopback${quick ? `, quick: scrubs from ${QUICK_FROM} only` : ''}`,
  profiles,
  rows,
);
