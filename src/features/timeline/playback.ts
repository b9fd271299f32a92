/** How long playback dwells on a year, in milliseconds. */
export interface PlaybackTiming {
  /** An ordinary year. */
  yearMs: number;
  /** A year in which membership or NATO territory changed, so the change can be taken in. */
  roundMs: number;
}

/** About 0.7 s a year, 2 s on the years of enlargement. */
export const PLAYBACK_TIMING: PlaybackTiming = { yearMs: 700, roundMs: 2000 };

/** How long playback shows the year before stepping to the next one. */
export function playbackDelay(year: number, rounds: readonly number[], timing: PlaybackTiming = PLAYBACK_TIMING): number {
  return rounds.includes(year) ? timing.roundMs : timing.yearMs;
}

/** The year playback starts from: where the user is, or the first year if they are at the end. */
export function playbackStart(year: number, first: number, last: number): number {
  return year >= last ? first : year;
}
