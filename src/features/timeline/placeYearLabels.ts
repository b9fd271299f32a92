/** A marked year under the track: where (0–1), which label it shows, and how far (px) the label moves to stay inside. */
export interface PlacedYear {
  year: number;
  at: number;
  label: 'long' | 'short' | 'none';
  shift: number;
}

/** Approximate widths in CSS px of "1999" and "’99" at the marks' font size, with a gap. */
const LONG = 38;
const SHORT = 32;
/** Under this track width the labels shorten to ’49, ’52… */
const SHORT_BELOW = 480;

/**
 * Labels the marked years in one row without collisions on a track `width` px wide: left to right,
 * a label is kept if it clears the one before; the last year is always labelled (dropping those it
 * would touch). Labels near the ends shift inwards so nothing is clipped. `width` 0: all labelled.
 */
export function placeYearLabels(marks: readonly number[], first: number, last: number, width: number): PlacedYear[] {
  const span = Math.max(1, last - first);
  const at = (y: number) => (y - first) / span;
  if (width <= 0) return marks.map((year) => ({ year, at: at(year), label: 'long', shift: 0 }));
  const form = width < SHORT_BELOW ? 'short' : 'long';
  const size = form === 'short' ? SHORT : LONG;
  const half = (size - 6) / 2;
  // Where each label's middle goes: over its tick, or moved inwards to stay inside the track.
  const centre = (y: number) => Math.min(width - half, Math.max(half, at(y) * width));
  const kept: number[] = [];
  for (const year of marks) {
    const before = kept[kept.length - 1];
    if (before === undefined || centre(year) - centre(before) >= size) kept.push(year);
  }
  const lastYear = marks[marks.length - 1];
  if (lastYear !== undefined && kept[kept.length - 1] !== lastYear) {
    while (kept.length > 0 && centre(lastYear) - centre(kept[kept.length - 1]!) < size) kept.pop();
    kept.push(lastYear);
  }
  return marks.map((year) => ({ year, at: at(year), label: kept.includes(year) ? form : 'none', shift: centre(year) - at(year) * width }));
}
