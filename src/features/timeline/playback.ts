/** How long playback dwells on a year, in milliseconds. */
export interface PlaybackTiming {
  /** A quiet year: nothing changed for NATO. */
  yearMs: number;
  /** A year playback holds on: a round of accessions or a turning point, so the change can be taken in. */
  roundMs: number;
}

/** The pace of a playback: quiet years fly by, the holds share what is left of the whole run. */
export interface Pace {
  quietMs: number;
  /** The longest a hold may last, however few the holds. */
  maxHoldMs: number;
  /** The whole run, from the first year to the latest. */
  runMs: number;
}

/**
 * A story told in about half a minute: a fifth of a second a quiet year; the holds take the rest
 * (about 1.4 s each with fifteen of them), never above 2.5 s.
 */
export const PACE: Pace = { quietMs: 200, maxHoldMs: 2500, runMs: 33_000 };

/** The calmer pace for readers who ask for less motion: fewer changes a second. */
export const CALM_TIMING: PlaybackTiming = { yearMs: 700, roundMs: 2000 };

/** The years playback holds on: the rounds (from the data) and the turning points (from src/data/story.json). */
export function holdYears(rounds: readonly number[], turningPoints: readonly number[]): number[] {
  return [...new Set([...rounds, ...turningPoints])].sort((a, b) => a - b);
}

/** The timing of a run from `first` to `last` (dwelling on every year but the last) with these holds. */
export function playbackTiming(first: number, last: number, holds: readonly number[], pace: Pace = PACE): PlaybackTiming {
  const held = holds.filter((y) => y >= first && y < last).length;
  const quiet = last - first - held;
  const share = held > 0 ? (pace.runMs - quiet * pace.quietMs) / held : pace.maxHoldMs;
  return { yearMs: pace.quietMs, roundMs: Math.round(Math.min(pace.maxHoldMs, share)) };
}

/** How long playback shows the year before stepping to the next one. */
export function playbackDelay(year: number, holds: readonly number[], timing: PlaybackTiming): number {
  return holds.includes(year) ? timing.roundMs : timing.yearMs;
}

/** How long a playback from `first` to `last` takes: the sum of its dwells. */
export function playbackDuration(first: number, last: number, delay: (year: number) => number): number {
  let total = 0;
  for (let year = first; year < last; year++) total += delay(year);
  return total;
}

/** The year playback starts from: where the user is, or the first year if they are at the end. */
export function playbackStart(year: number, first: number, last: number): number {
  return year >= last ? first : year;
}
