/** One value per year. */
export interface YearPoint {
  year: number;
  value: number;
}

/** Evaluates `valueOf` for every year from first to last. */
export function yearSeries(first: number, last: number, valueOf: (year: number) => number): YearPoint[] {
  return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, value: valueOf(first + i) }));
}

/**
 * An SVG path of the series as steps in a width × height box, the top at `max`: each year's value
 * holds from its own x until the next year's, so the line under a year's stop reads that year.
 */
export function stepPath(points: readonly YearPoint[], width: number, height: number, max: number): string {
  if (points.length === 0) return '';
  const first = points[0]!.year;
  const span = Math.max(1, points[points.length - 1]!.year - first);
  const x = (year: number) => round(((year - first) / span) * width);
  const y = (value: number) => round(height - (max > 0 ? (value / max) * height : 0));
  // A step only where the value changes, then on to the last year: the same line in fewer bytes.
  let d = `M${x(first)},${y(points[0]!.value)}`;
  let value = points[0]!.value;
  let end = first;
  for (const p of points.slice(1)) {
    if (p.value === value) continue;
    d += `H${x(p.year)}V${y(p.value)}`;
    value = p.value;
    end = p.year;
  }
  const last = points[points.length - 1]!.year;
  return end === last ? d : `${d}H${x(last)}`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
