// node scripts/bench/trace-steps.mjs [PATH] [CPU]: traces keyboard steps on the slider of the built
// site (dist/, as is; default 4× CPU, STEPS=20 steps 50 ms × CPU apart, from the first year) and
// prints, per step, the main thread's time by trace event (script, style, layout, paint), the
// elements whose style was recalculated, the layout objects dirtied, and the functions the CPU
// profile sampled most (self time; LOOKUP as in trace-load.mjs). Where a step's time goes, not
// how long it takes: the profiler itself adds to the script times.
import { chromium } from '@playwright/test';
import { CHROME_FLAGS, CHROME_PATH, freshPage } from './chromium.mjs';
import { serve } from './serve.mjs';
import { frameName, startTrace } from './tracing.mjs';

const path = process.argv[2] ?? '/';
const cpu = Number(process.argv[3] ?? 4);
const n = Number(process.env.STEPS ?? 20);
const { origin, close } = await serve(new URL('../../dist', import.meta.url).pathname);
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
const { context, page, cdp } = await freshPage(browser, cpu);
await page.goto(origin + path);
await page.waitForFunction(() => performance.getEntriesByName('app:warm').length > 0, null, { timeout: 60000 });
const slider = 'input[type=range][aria-label="Year"]';
await page.focus(slider);
await page.keyboard.press('Home');
await page.waitForTimeout(1000);
const stopTrace = await startTrace(
  cdp,
  'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,disabled-by-default-v8.cpu_profiler',
);
for (let i = 0; i < n; i++) {
  await page.keyboard.press('ArrowRight');
  await new Promise((r) => setTimeout(r, 50 * cpu));
}
const { events, onMain } = await stopTrace();
await context.close();
await browser.close();
await close();
const total = {};
const counts = {};
for (const e of onMain) {
  if (!e.dur) continue;
  total[e.name] = (total[e.name] ?? 0) + e.dur / 1000;
  counts[e.name] = (counts[e.name] ?? 0) + 1;
}
console.log(`per step (${n} steps, ${cpu}× CPU), ms of main thread by trace event:`);
for (const [k, v] of Object.entries(total)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 25))
  console.log(`  ${(v / n).toFixed(2).padStart(7)}  ${k} ×${(counts[k] / n).toFixed(1)}`);
const elems = onMain.filter((e) => e.name === 'UpdateLayoutTree' && e.args?.elementCount !== undefined);
console.log('style recalc: elements per step', (elems.reduce((s, e) => s + e.args.elementCount, 0) / n).toFixed(0));
const layouts = onMain.filter((e) => e.name === 'Layout' && e.args?.beginData);
console.log(
  'layout: dirty objects per step',
  (layouts.reduce((s, e) => s + (e.args.beginData.dirtyObjects ?? 0), 0) / n).toFixed(0),
  'of',
  layouts[0]?.args.beginData.totalObjects,
);
const nodes = new Map();
const self = {};
for (const c of events.filter((e) => e.name === 'ProfileChunk')) {
  const d = c.args.data.cpuProfile ?? {};
  for (const x of d.nodes ?? []) nodes.set(x.id, x);
  for (const s of d.samples ?? []) {
    const f = nodes.get(s)?.callFrame;
    const k = frameName(f);
    self[k] = (self[k] ?? 0) + 1;
  }
}
console.log(
  'CPU samples (self):',
  Object.entries(self)
    .filter(([k]) => !/\(idle\)/.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${k} ×${v}`)
    .join('\n  '),
);
