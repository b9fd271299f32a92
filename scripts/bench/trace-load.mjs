// npm run bench:trace -- PATH [CPU]: traces the load of one address of the built site (dist/, as
// is) with the CPU throttled (default 4×) and prints the page's user-timing marks and the main
// thread's long tasks, each with the trace events and the functions (CPU profile samples, self
// time) that took its time. Where the time goes, not how long: single runs on a busy machine vary.
// Environment: W and H, a viewport (e.g. W=412 H=823, Lighthouse's phone); MIN_TASK_MS (default
// 30); PROFILE=0 leaves out the CPU profiler (less overhead); LOOKUP, a module exporting
// lookup(callFrame) → a name for the frame (e.g. its source file and line from a source-map build).
import { chromium } from '@playwright/test';
import { CHROME_FLAGS, CHROME_PATH, freshPage } from './chromium.mjs';
import { serve } from './serve.mjs';
import { frameName, startTrace } from './tracing.mjs';

const path = process.argv[2] ?? '/';
const cpu = Number(process.argv[3] ?? 4);
const { origin, close } = await serve(new URL('../../dist', import.meta.url).pathname);
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
const { context, page, cdp } = await freshPage(browser, cpu);
if (process.env.W) await page.setViewportSize({ width: Number(process.env.W), height: Number(process.env.H ?? 823) });
const stopTrace = await startTrace(
  cdp,
  process.env.PROFILE === '0'
    ? 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing'
    : 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,disabled-by-default-v8.cpu_profiler',
);
await page.goto(origin + path, { waitUntil: 'load' });
await page.waitForSelector('#root[data-ready="true"]', { state: 'attached', timeout: 30000 });
await page.waitForTimeout(3000);
const { events, onMain } = await stopTrace();
await context.close();
await browser.close();
await close();

const tasks = onMain
  .filter((e) => e.name === 'RunTask' && e.dur >= 1000 * Number(process.env.MIN_TASK_MS ?? 30))
  .sort((a, b) => a.ts - b.ts);
const t0 = onMain.find((e) => e.name === 'navigationStart')?.ts ?? tasks[0]?.ts ?? 0;
const marks = onMain
  .filter((e) => e.cat.includes('blink.user_timing') && e.ph !== 'E' && e.name.includes(':'))
  .map((e) => `${e.name}@${((e.ts - t0) / 1000).toFixed(0)}`);
console.log('marks', marks.join(' '));
// Self time by function from the CPU profile samples, per task.
const profileChunks = events.filter((e) => e.name === 'ProfileChunk');
const nodes = new Map();
const samples = [];
let time = events.find((e) => e.name === 'Profile')?.args?.data?.startTime ?? 0;
for (const c of profileChunks) {
  const d = c.args.data.cpuProfile ?? {};
  for (const n of d.nodes ?? []) nodes.set(n.id, n);
  const deltas = c.args.data.timeDeltas ?? [];
  (d.samples ?? []).forEach((s, i) => {
    time += deltas[i] ?? 0;
    samples.push([time, s]);
  });
}
for (const t of tasks) {
  const inside = onMain.filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur && e.dur && e !== t);
  const byName = {};
  for (const e of inside)
    if (!['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name)) byName[e.name] = (byName[e.name] ?? 0) + e.dur / 1000;
  const top = Object.entries(byName)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`);
  const self = {};
  for (const [ts, id] of samples) {
    if (ts < t.ts || ts >= t.ts + t.dur) continue;
    const n = nodes.get(id);
    const f = n?.callFrame;
    const k = frameName(f);
    self[k] = (self[k] ?? 0) + 1;
  }
  const fns = Object.entries(self)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([k, v]) => `${k} ×${v}`);
  console.log(
    `task at ${((t.ts - t0) / 1000).toFixed(0)} ms, ${(t.dur / 1000).toFixed(1)} ms:\n  ${top.join('\n  ')}\n  samples: ${fns.join(' | ')}`,
  );
}
