// Small statistics and the table the bench prints.

export const median = (xs) => quantile(xs, 0.5);

/** The q-quantile by nearest rank (p95 of 75 steps is the 72nd smallest). */
export function quantile(xs, q) {
  const sorted = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * Prints rows of figures, one column per profile; with several runs each cell is the median of
 * the runs and, in brackets, their range (the machine's noise).
 */
export function printTable(title, columns, rows) {
  const cell = (values, format) => {
    const ok = values.filter((v) => Number.isFinite(v));
    if (ok.length === 0) return '–';
    const m = format(median(ok));
    return ok.length > 1 ? `${m} (${format(Math.min(...ok))}–${format(Math.max(...ok))})` : m;
  };
  const body = rows.map(({ label, target = '', format, values }) => [label, ...columns.map((c) => cell(values(c), format)), target]);
  const head = ['', ...columns.map((c) => c.name), 'target'];
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((r) => r[i].length)));
  const line = (r) => r.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  console.log(`\n${title}\n${line(head)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}`);
  for (const r of body) console.log(line(r));
}

export const ms = (x) => `${x.toFixed(1)} ms`;
export const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
export const mb = (x) => `${(x / 1024 / 1024).toFixed(2)} MB`;
export const int = (x) => String(Math.round(x));
