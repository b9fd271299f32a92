import { useCallback, useEffect, useRef, useState } from 'react';
import { playbackStart } from '../view/playback';

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
  const [playing, setShown] = useState(false);
  // Whether playback runs, readable at once: pausing when already paused (every key on the slider,
  // every step by hand) then sets no state, so it costs the slider's step no extra render.
  const running = useRef(false);
  const setPlaying = useCallback((on: boolean) => {
    running.current = on;
    setShown(on);
  }, []);
  const stepped = useRef(false);
  // At the last year nothing is left to play, however it got there (Back or Forward included).
  const active = playing && year < last;

  useEffect(() => {
    if (!active) return;
    const timer = window.setTimeout(() => {
      step(year + 1, stepped.current ? 'replace' : 'auto');
      stepped.current = true;
      if (year + 1 >= last) setPlaying(false);
    }, delay(year));
    return () => window.clearTimeout(timer);
  }, [active, year, last, delay, step, setPlaying]);

  const play = useCallback(() => {
    const from = now();
    const start = playbackStart(from, first, last);
    stepped.current = start !== from;
    if (start !== from) step(start, 'auto');
    setPlaying(true);
  }, [now, first, last, step, setPlaying]);

  const pause = useCallback(() => {
    if (running.current) setPlaying(false);
  }, [setPlaying]);
  const toggle = useCallback(() => (running.current && now() < last ? pause() : play()), [now, last, play, pause]);

  return { playing: active, play, pause, toggle };
}
