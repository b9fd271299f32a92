import { useMemo, type KeyboardEvent, type ReactNode } from 'react';
import type { Timeline as TimelineState } from './useTimeline';
import type { Strings } from '../../i18n/strings';
import type { Language } from '../../i18n/languages';
import type { EventMark } from '../../core/view/eventMarks';
import type { YearPoint } from '../../core/view/series';
import { EventMarkers } from './EventMarkers';
import { PlaybackControls } from './PlaybackControls';
import { Sparkline } from '../../shared/Sparkline';
import './timeline.css';

interface TimelineProps {
  /** The year the member chart marks: the panels' year, which waits while the slider moves fast. */
  chartYear: number;
  /** The chart's year lags the slider's: muted until it catches up. */
  chartStale?: boolean;
  /** The chart's visible caption, e.g. "12 → 32 members". */
  chartCaption?: string;
  timeline: TimelineState;
  marks: EventMark[];
  members: YearPoint[];
  text: Strings['timeline'];
  /** The page's language, whose year pages the round links lead to. */
  lang?: Language;
  /** The year slider. */
  children: ReactNode;
}

/** Keys that only move focus or modify, and so leave playback running. */
const PASSIVE_KEYS = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta']);

/**
 * The slider with its story around it: playback and round buttons, event markers above the
 * track and the member count over the years below it. Space on the slider plays or pauses;
 * any other key on it pauses.
 */
export function Timeline({ chartYear, chartStale, chartCaption, timeline, marks, members, text, lang, children }: TimelineProps) {
  const { playback } = timeline;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!(e.target instanceof HTMLInputElement) || e.target.type !== 'range') return;
    if (e.key === ' ') {
      e.preventDefault();
      playback.toggle();
    } else if (!PASSIVE_KEYS.has(e.key)) playback.pause();
  };
  // The markers' key, the same elements at every step: React passes over them.
  const key = useMemo(
    () => (
      <p className="event-key">
        <span className="event-key--accession">{text.key.accession}</span>
        <span className="event-key--conflict">{text.key.conflict}</span>
        <span className="event-key--other">{text.key.other}</span>
      </p>
    ),
    [text.key],
  );
  const from = members[0];
  const to = members[members.length - 1];
  return (
    <div className="timeline" onKeyDown={onKeyDown}>
      <div className="timeline__controls">
        <PlaybackControls
          playing={playback.playing}
          previous={timeline.previous}
          next={timeline.next}
          text={text}
          lang={lang}
          onToggle={playback.toggle}
          onGo={timeline.go}
        />
        {key}
      </div>
      <EventMarkers marks={marks} label={text.markers} picked={timeline.picked} onPick={timeline.pickEvent} />
      {children}
      {from && to && (
        <div className="timeline__members" data-stale={chartStale}>
          <Sparkline
            className="sparkline--members"
            points={members}
            year={chartYear}
            label={text.sparkline(from.year, from.value, to.year, to.value)}
          />
          {/* The chart's name says the same for screen readers. */}
          {chartCaption && (
            <span className="timeline__members-caption" aria-hidden="true">
              {chartCaption}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
