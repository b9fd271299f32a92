// What one browser session measures, through the page and the Chrome DevTools Protocol.
// Times come from the browser (Performance.getMetrics, PerformanceObserver, rAF), never asserted.
/* global window, document, requestAnimationFrame, cancelAnimationFrame, MutationObserver */

/** The app's year slider (and the bare reference page's). */
export const SLIDER = 'input[type=range][aria-label="Year"]';
const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
/** Waits on the harness's side: no script of its own runs in the page meanwhile. */
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const taskSeconds = async (cdp) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;

/** Loads the page; returns bytes transferred by kind, first paint and LCP (ms). */
export async function measureLoad(page, cdp, url) {
  const kinds = new Map();
  const bytes = { JS: 0, CSS: 0, HTML: 0, 'map data': 0, other: 0 };
  cdp.on('Network.responseReceived', ({ requestId, type, response }) =>
    kinds.set(
      requestId,
      type === 'Document'
        ? 'HTML'
        : type === 'Script'
          ? 'JS'
          : type === 'Stylesheet'
            ? 'CSS'
            : /\/map-[^/]*\.json/.test(response.url)
              ? 'map data'
              : 'other',
    ),
  );
  let counting = true;
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const kind = kinds.get(requestId);
    if (kind && counting) bytes[kind] += encodedDataLength;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#root[data-ready="true"]', { state: 'attached', timeout: 15000 });
  // Scrubbing starts once the app's start-up work in idle time (warming every year's views) is
  // done, as a reader's first drag comes after the page has settled. Its time is reported.
  await page.waitForFunction(() => performance.getEntriesByName('app:warm').length > 0, null, { timeout: 30000 });
  await frames(page);
  const times = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
        const ready = performance.getEntriesByName('app:ready')[0]?.startTime ?? NaN;
        const warm = performance.getEntriesByName('app:warm')[0]?.startTime ?? NaN;
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve({ paint, ready, warm, lcp: entries[entries.length - 1]?.startTime ?? NaN });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
  counting = false;
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  return { bytes, ...times };
}

/** Counts `d` attribute changes on the map's paths from now on; call the result to read and stop. */
async function watchPaths(page) {
  await page.evaluate(() => {
    const w = window;
    w.__dChanges = 0;
    w.__observer = new MutationObserver((records) => (w.__dChanges += records.length));
    w.__observer.observe(document.querySelector('svg.map'), { subtree: true, attributes: true, attributeFilter: ['d'] });
  });
  return () =>
    page.evaluate(() => {
      window.__observer.disconnect();
      return window.__dChanges;
    });
}

/**
 * The longest gap between animation frames while `scrub` runs: the longest frame a user sees.
 * Its own pass, as the rAF loop that finds it is work of its own on every frame.
 */
async function longestFrame(page, scrub) {
  await page.evaluate(() => {
    const w = window;
    w.__longest = 0;
    w.__last = performance.now();
    const tick = (t) => {
      w.__longest = Math.max(w.__longest, t - w.__last);
      w.__last = t;
      w.__raf = requestAnimationFrame(tick);
    };
    w.__raf = requestAnimationFrame(tick);
  });
  let first = true;
  await scrub(async (action) => {
    // Counted from the first step on: the jump to the first year before it is not part of the scrub.
    if (first) await page.evaluate(() => ((window.__longest = 0), (window.__last = performance.now())));
    first = false;
    await action();
    await frames(page);
  });
  return page.evaluate(() => {
    cancelAnimationFrame(window.__raf);
    return window.__longest;
  });
}

/**
 * One step: main-thread time (ms) from the action until the page is idle again, its frame painted.
 * The harness waits with a timer on its own side, so no script of its own runs in the page while a
 * step is measured; `settleMs` is long enough for a step and its frame (scaled with CPU throttling).
 */
async function step(cdp, action, settleMs) {
  const before = await taskSeconds(cdp);
  await action();
  await pause(settleMs);
  return ((await taskSeconds(cdp)) - before) * 1000;
}

/**
 * How long after a scrub's last step its catch-up is timed: past the panels' 150 ms wait and their
 * render, short of the address and the live region (0.6 s, 0.75 s). Not scaled with the CPU: the
 * page's timers are not.
 */
const CATCH_UP_MS = 400;

/**
 * Runs `scrub` once with each step timed; returns the times, the `d` changes seen, and the
 * main-thread time of the 400 ms after the last step, where the page catches up
 * on what it leaves while the year moves fast (the panels around the map follow 150 ms after).
 */
async function timedScrub(page, cdp, settleMs, scrub) {
  const stop = await watchPaths(page);
  const steps = [];
  await scrub(async (action) => steps.push(await step(cdp, action, settleMs)));
  const catchUp = await step(cdp, async () => {}, CATCH_UP_MS);
  return { steps, catchUp, dChanges: await stop() };
}

/** How long the page is left after the slider is taken to a scrub's start: past the panels', the address's and the live region's waits. */
const CALM_MS = 1000;

/**
 * Focuses the slider and takes it to the scrub's first year, painted: the slider's first, or
 * `from` (by arrow key, then left to calm down); returns the slider's range and that year.
 */
async function atStart(page, from) {
  await page.focus(SLIDER);
  await page.keyboard.press('Home');
  const { min, max } = await yearRange(page);
  const start = from ?? min;
  for (let y = min; y < start; y++) await page.keyboard.press('ArrowRight');
  if (start > min) await pause(CALM_MS);
  await frames(page);
  return { min, max, start };
}

/** A scrub through every year (from `from`, if given) by arrow key, each step given to `each`; ends on the latest year. */
function keyboardScrub(page, from) {
  return async (each) => {
    const { start, max } = await atStart(page, from);
    for (let y = start; y < max; y++) await each(() => page.keyboard.press('ArrowRight'));
  };
}

/** A scrub through every year (from `from`, if given) by dragging the thumb with the mouse, one year per move. */
function mouseScrub(page, from) {
  return async (each) => {
    const { min, max, start } = await atStart(page, from);
    const box = await page.locator(SLIDER).boundingBox();
    const thumb = 16; // Chromium's range thumb: the value maps onto the track minus its width.
    const xOf = (year) => box.x + thumb / 2 + ((year - min) / (max - min)) * (box.width - thumb);
    const y = box.y + box.height / 2;
    await page.mouse.move(xOf(start), y);
    await page.mouse.down();
    await frames(page);
    for (let year = start + 1; year <= max; year++) await each(() => page.mouse.move(xOf(year), y));
    await page.mouse.up();
  };
}

/**
 * Scrubs by keyboard: per-step main-thread times and path changes, then (unless `quick`) the
 * longest frame in a second pass. `from`: the scrub's first year, if not the slider's.
 */
export async function scrubKeyboard(page, cdp, settleMs, { quick = false, from } = {}) {
  const timed = await timedScrub(page, cdp, settleMs, keyboardScrub(page, from));
  return { ...timed, longestFrame: quick ? NaN : await longestFrame(page, keyboardScrub(page)) };
}

/** The same by mouse drag; also the year the drag reached (the latest, if every move landed). */
export async function scrubMouse(page, cdp, settleMs, { quick = false, from } = {}) {
  const timed = await timedScrub(page, cdp, settleMs, mouseScrub(page, from));
  const reached = Number(await page.locator(SLIDER).getAttribute('aria-valuenow'));
  return { ...timed, reached, longestFrame: quick ? NaN : await longestFrame(page, mouseScrub(page)) };
}

/**
 * Every year by arrow key, `gapMs` apart (the first after a pause as long): slower than a scrub, so
 * each step is one taken on its own (a reader stepping year by year) and the whole page follows it
 * at once. Each step is timed over the gap, which leaves out the address and the live region
 * (written 0.6 s and 0.75 s after the year last moved, once at the end).
 */
export async function keyboardStepsApart(page, cdp, gapMs) {
  const steps = [];
  await keyboardScrub(page)(async (action) => {
    if (steps.length === 0) await pause(gapMs);
    steps.push(await step(cdp, action, gapMs));
  });
  return steps;
}

/** The harness's own cost per step: the same round trip with a key that changes nothing. */
export async function harnessFloor(page, cdp, settleMs, n = 30) {
  await page.focus(SLIDER);
  const steps = [];
  for (let i = 0; i < n; i++) steps.push(await step(cdp, () => page.keyboard.press('Shift'), settleMs));
  return steps;
}

/** JS heap (bytes, after a forced GC) now, and after `n` full scrubs there and back by keyboard. */
export async function heapAfterScrubs(page, cdp, n = 10) {
  const used = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const before = await used();
  const { min, max } = await yearRange(page);
  await page.focus(SLIDER);
  for (let i = 0; i < n; i++) {
    await page.keyboard.press('Home');
    for (let y = min; y < max; y++) await page.keyboard.press('ArrowRight');
    await frames(page);
  }
  return { before, after: await used() };
}

function yearRange(page) {
  return page.locator(SLIDER).evaluate((el) => ({ min: Number(el.min), max: Number(el.max) }));
}
