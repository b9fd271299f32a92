import { useCallback, useEffect, useRef, useState } from 'react';
import { playbackStart } from './playback';

/** How a playback step writes history: the first step opens an entry, the rest rewrite it. */
export type StepMode = 'auto' | 'replace';

interface PlaybackOptions {
  year: number;
  /** The year shown now, read when Play is pressed (keeps Play's handler the same at every step). */
  now: () => number;
  first: number;
  last: number;
  /** How long to show a year before stepping on; keep it stable (useCallback). */
  delay: (year: number) => number;
  /** Shows a year; keep it stable (useCallback). */
  step: (year: number, mode: StepMode) => void;
}

/**
 * The animation clock: while playing, steps the year forward one at a time, dwelling on each
 * for `delay(year)`, and stops at the last year. One history entry per playback, not one per year.
 */
export function usePlayback({ year, now, first, last, delay, step }: PlaybackOptions) {
  const [playing, setPlaying] = useState(false);
  // At the last year nothing is left to play, however it got there (Back or Forward included):
  // playback stops, in this very render, so that going back later does not resume it.
  if (playing && year >= last) setPlaying(false);
  const stepped = useRef(false);

  // The year the clock dwells on; none when paused, so that a step by hand runs no effect.
  const dwell = playing && year < last ? year : undefined;
  useEffect(() => {
    if (dwell === undefined) return;
    const timer = window.setTimeout(() => {
      step(dwell + 1, stepped.current ? 'replace' : 'auto');
      stepped.current = true;
    }, delay(dwell));
    return () => window.clearTimeout(timer);
  }, [dwell, delay, step]);

  const play = useCallback(() => {
    const from = now();
    const start = playbackStart(from, first, last);
    stepped.current = start !== from;
    if (start !== from) step(start, 'auto');
    setPlaying(true);
  }, [now, first, last, step]);

  // Pausing when not playing (every key on the slider, every step by hand) sets no state, so it
  // costs a slider step no extra render; the handler changes only when playback starts or stops.
  const pause = useCallback(() => {
    if (playing) setPlaying(false);
  }, [playing]);
  const toggle = playing ? pause : play;

  return { playing, play, pause, toggle };
}
