// npm run bench:limit: how low a slider step can go on this page, on this machine. Three pages,
// measured alternately by the bench's harness: the app as built (dist/); the same page with the
// app's code taken off the slider's path (its DOM writes replayed, see replay.mjs); and the bare
// slider (reference/). Figures, not assertions. Options: --runs N (default 5), --no-build.
import { chromium } from '@playwright/test';
import { buildShipped } from './builds.mjs';
import { CHROME_FLAGS, CHROME_PATH, freshPage } from './chromium.mjs';
import { harnessFloor, measureLoad, scrubKeyboard, scrubMouse } from './measure.mjs';
import { recordYears, replayOnSlider } from './replay.mjs';
import { serve } from './serve.mjs';
import { int, median, ms, printTable, quantile } from './stats.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;

const shipped = args.includes('--no-build') ? new URL('../../dist', import.meta.url).pathname : buildShipped();
const reference = new URL('reference', import.meta.url).pathname;
const pages = [
  { name: 'app', dir: shipped, replay: false },
  { name: 'app, no code on the step', dir: shipped, replay: true },
  { name: 'bare slider', dir: reference, replay: false },
];

async function session(browser, origin, replay) {
  const { context, page, cdp } = await freshPage(browser);
  await measureLoad(page, cdp, `${origin}/`);
  if (replay) await replayOnSlider(page, await recordYears(page));
  await page.waitForTimeout(300);
  const floor = await harnessFloor(page, cdp, 50);
  const keyboard = await scrubKeyboard(page, cdp, 50);
  const mouse = await scrubMouse(page, cdp, 50);
  // That the replay drew what the app draws: the year the drag reached and the units filled as members.
  const members = await page.locator('svg.map path[data-member="true"]').count();
  await context.close();
  return { floor, keyboard, mouse, members };
}

const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
const servers = new Map();
for (const p of pages) if (!servers.has(p.dir)) servers.set(p.dir, await serve(p.dir));
const results = Object.fromEntries(pages.map((p) => [p.name, []]));
for (let run = 1; run <= runs; run++) {
  for (const p of pages) {
    process.stdout.write(`run ${run}/${runs}: ${p.name}…\n`);
    results[p.name].push(await session(browser, servers.get(p.dir).origin, p.replay));
  }
}
await browser.close();
for (const s of servers.values()) await s.close();

const of = (f) => (column) => results[column.name].map(f);
const rows = ['keyboard', 'mouse'].flatMap((kind) => [
  { label: `${kind} step: main thread, median`, target: '≤ 4 ms', format: ms, values: of((r) => median(r[kind].steps)) },
  { label: `${kind} step: main thread, p95`, target: '≤ 8 ms', format: ms, values: of((r) => quantile(r[kind].steps, 0.95)) },
]);
rows.push({ label: 'mouse scrub: year reached', format: int, values: of((r) => r.mouse.reached) });
rows.push({ label: 'units drawn as members at the end', format: int, values: of((r) => r.members) });
rows.push({ label: 'harness floor per step (included above)', format: ms, values: of((r) => median(r.floor)) });
printTable(`Slider step limit: ${runs} run(s), Chromium ${browser.version()}, 1280×800, loopback`, pages, rows);
