// What the trace scripts (trace-load.mjs, trace-steps.mjs) share: a Chromium trace over the page's
// DevTools session, the renderer main thread's events, and the names of CPU profile frames.

/**
 * Starts tracing the categories on the page's CDP session. The returned stop() ends the trace and
 * gives every event and those of the renderer's main thread.
 */
export async function startTrace(cdp, categories) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return async () => {
    await cdp.send('Tracing.end');
    await done;
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    return { events, onMain: events.filter((e) => e.pid === main.pid && e.tid === main.tid) };
  };
}

/** LOOKUP names a module exporting lookup(callFrame) → a name for the frame (e.g. its source file and line from a source-map build). */
const lookup = process.env.LOOKUP ? (await import(process.env.LOOKUP)).lookup : undefined;

/** A CPU profile frame's name: LOOKUP's, or its function, file, line and column; '?' for none. */
export function frameName(f) {
  return f ? (lookup?.(f) ?? `${f.functionName || '(anon)'} ${f.url?.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`) : '?';
}
