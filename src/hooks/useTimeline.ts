import { useCallback, useMemo, useState } from 'react';
import type { Dataset } from '../domain/dataset';
import { nextRound, previousRound, roundYears } from '../domain/rounds';
import type { Strings } from '../i18n/strings';
import { timelineSeries } from '../view/borderFigure';
import { eventMarks } from '../view/eventMarks';
import { playbackDelay } from '../view/playback';
import { usePlayback, type StepMode } from './usePlayback';

/**
 * Everything the timeline does to the year: playback, jumps between rounds and to an event,
 * with the year-independent marks and series it draws. Any jump by hand pauses playback.
 */
export function useTimeline(data: Dataset, year: number, setYear: (year: number, mode?: StepMode) => void, strings: Strings) {
  // Year-independent, computed once per dataset: the slider's hot path only reads them.
  const rounds = useMemo(() => roundYears(data), [data]);
  const marks = useMemo(() => eventMarks(data, strings), [data, strings]);
  const series = useMemo(() => timelineSeries(data), [data]);
  const delay = useCallback((y: number) => playbackDelay(y, rounds), [rounds]);
  const playback = usePlayback({ year, first: data.firstYear, last: data.latestYear, delay, step: setYear });
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
