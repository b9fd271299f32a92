import { compareCodes } from '../domain/order';
import { yearOf, type Dataset } from '../domain/dataset';
import type { EventKind } from '../domain/types';
import { type Strings } from '../../i18n/strings';
import { describeEvent } from './describeEvent';

/** An event drawn on the slider's track. */
export interface EventMark {
  id: string;
  /** The year the marker jumps to. */
  year: number;
  kind: EventKind;
  /** Position along the track, 0 (first year) to 1 (latest year). */
  at: number;
  /** Row above the track, 0 nearest, so markers close in time do not cover each other. */
  lane: number;
  /** "24 March – 10 June 1999: Operation Allied Force", its title and accessible name. */
  label: string;
}

/** Where within its year a date falls, 0 on 1 January to just under 1 on 31 December. */
export function fractionOfYear(date: string): number {
  const year = yearOf(date);
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return (Date.parse(`${date}T00:00:00Z`) - start) / length;
}

/**
 * Places every event on the track. The year's stop on the slider sits in the middle of its slice,
 * so an event lies nearest the stop it jumps to: 1 January half a step before, 31 December half
 * a step after (clamped to the track's ends). `minGap`, in years, keeps dots in a row apart: on a
 * desktop track a year is about 10 px, a dot 9 px.
 */
export function eventMarks(data: Dataset, s: Strings, minGap = 0.9): EventMark[] {
  const { firstYear: first, latestYear: last } = data;
  const span = Math.max(1, last - first);
  const placed = [...data.events]
    .sort((a, b) => compareCodes(a.date, b.date) || compareCodes(a.id, b.id))
    .map((e) => {
      const when = Math.min(last, Math.max(first, yearOf(e.date) - 0.5 + fractionOfYear(e.date)));
      const text = describeEvent(e, s);
      return { id: e.id, year: yearOf(e.date), kind: e.kind, at: (when - first) / span, label: s.timeline.marker(text.date, text.title) };
    });
  const lanes = assignLanes(
    placed.map((m) => m.at * span),
    minGap,
  );
  return placed.map((m, i) => ({ ...m, lane: lanes[i]! }));
}

/** Greedy rows for ascending positions: each goes to the lowest row whose last item is at least `gap` before it. */
export function assignLanes(positions: readonly number[], gap: number): number[] {
  const ends: number[] = [];
  return positions.map((p) => {
    let lane = ends.findIndex((end) => p - end >= gap);
    if (lane < 0) lane = ends.length;
    ends[lane] = p;
    return lane;
  });
}
