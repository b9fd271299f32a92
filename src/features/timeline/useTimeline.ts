import { useCallback, useMemo, useState } from 'react';
import type { Dataset } from '../../core/domain/dataset';
import { nextRound, previousRound } from '../../core/domain/rounds';
import type { Strings } from '../../i18n/strings';
import { prefersReducedMotion } from '../../shared/motion';
import { CALM_TIMING, holdYears, playbackDelay, playbackTiming } from './playback';
import { timelineViews } from '../../core/view/yearViews';
import { usePlayback, type StepMode } from './usePlayback';

/**
 * Everything the timeline does to the year: playback, jumps between rounds and to an event,
 * with the year-independent marks and series it draws. Any jump by hand pauses playback.
 */
export function useTimeline(
  data: Dataset,
  year: number,
  now: () => number,
  setYear: (year: number, mode?: StepMode) => void,
  strings: Strings,
) {
  // Year-independent, computed once per dataset (before hydration, see startupSteps): the slider's hot path only reads them.
  const rounds = timelineViews.rounds(data, strings);
  const marks = timelineViews.marks(data, strings);
  const series = timelineViews.series(data, strings);
  const { firstYear, latestYear, turningPoints } = data;
  const pace = useMemo(() => {
    const holds = holdYears(rounds, turningPoints);
    return { holds, timing: playbackTiming(firstYear, latestYear, holds) };
  }, [rounds, turningPoints, firstYear, latestYear]);
  // Asked at each step, so a change of the setting takes effect at once. Less motion: the calmer
  // pace on the rounds alone, as before the story was paced.
  const delay = useCallback(
    (y: number) => (prefersReducedMotion() ? playbackDelay(y, rounds, CALM_TIMING) : playbackDelay(y, pace.holds, pace.timing)),
    [rounds, pace],
  );
  const playback = usePlayback({ year, now, first: data.firstYear, last: data.latestYear, delay, step: setYear });
  const { pause } = playback;
  const [picked, setPicked] = useState<string>();

  /** Goes to a year by hand (slider, round buttons): pauses and drops the event highlight. */
  const go = useCallback(
    (y: number) => {
      pause();
      setPicked(undefined);
      setYear(y);
    },
    [pause, setYear],
  );

  /** Goes to an event's year and highlights it in the Events list. */
  const pickEvent = useCallback(
    (id: string, y: number) => {
      pause();
      setPicked(id);
      setYear(y);
    },
    [pause, setYear],
  );

  return { rounds, marks, series, playback, go, pickEvent, picked, previous: previousRound(rounds, year), next: nextRound(rounds, year) };
}

export type Timeline = ReturnType<typeof useTimeline>;
