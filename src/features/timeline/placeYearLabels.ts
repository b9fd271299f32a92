/** A marked year under the track: where (0–1), which label it shows, and how far (px) the label moves to stay inside. */
export interface PlacedYear {
  year: number;
  at: number;
  label: 'long' | 'short' | 'none';
  shift: number;
}

/** Approximate widths in CSS px of "1999" and "’99" at the marks' font size, with a gap. */
const LONG = 36;
const SHORT = 28;
/** Under this track width the labels shorten to ’49, ’52… */
const SHORT_BELOW = 480;

/**
 * Labels the marked years in one row without collisions on a track `width` px wide. The year
 * shown (`current`, if marked) is always labelled, and so are the first and last unless they
 * would touch it; left to right, every other label is kept if it clears its neighbours. Labels
 * near the ends shift inwards so nothing is clipped. `width` 0 (not measured): all labelled.
 */
export function placeYearLabels(marks: readonly number[], first: number, last: number, width: number, current?: number): PlacedYear[] {
  const span = Math.max(1, last - first);
  const at = (y: number) => (y - first) / span;
  if (width <= 0) return marks.map((year) => ({ year, at: at(year), label: 'long', shift: 0 }));
  const form = width < SHORT_BELOW ? 'short' : 'long';
  const size = form === 'short' ? SHORT : LONG;
  const half = (size - 6) / 2;
  // Where each label's middle goes: over its tick, or moved inwards to stay inside the track.
  const centre = (y: number) => Math.min(width - half, Math.max(half, at(y) * width));
  const apart = (a: number, b: number) => Math.abs(centre(a) - centre(b)) >= size;
  const ends = [marks[0], marks[marks.length - 1]].filter((y): y is number => y !== undefined);
  const shown = current !== undefined && marks.includes(current) ? current : undefined;
  const forced = new Set([
    ...ends.filter((y) => shown === undefined || y === shown || apart(y, shown)),
    ...(shown === undefined ? [] : [shown]),
  ]);
  const kept: number[] = [];
  for (const year of marks) {
    const before = kept[kept.length - 1];
    const next = marks.find((y) => y > year && forced.has(y));
    if (forced.has(year) || ((before === undefined || apart(year, before)) && (next === undefined || apart(year, next)))) kept.push(year);
  }
  return marks.map((year) => ({ year, at: at(year), label: kept.includes(year) ? form : 'none', shift: centre(year) - at(year) * width }));
}
