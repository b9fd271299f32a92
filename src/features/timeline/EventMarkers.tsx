import { memo, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { EventMark } from '../../core/view/eventMarks';
import type { EventKind } from '../../core/domain/types';

interface EventMarkersProps {
  marks: EventMark[];
  label: string;
  /** The event highlighted in the Events list. */
  picked?: string;
  onPick: (id: string, year: number) => void;
}

const KEYS: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => Math.min(n - 1, i + 1),
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * The events as markers along the slider's track. One tab stop: arrow keys, Home and End move
 * between markers; hovering or focusing one shows its date and title; clicking jumps to its year.
 * Its props do not change with the year, so moving the slider does not re-render it.
 */
export const EventMarkers = memo(function EventMarkers({ marks, label, picked, onPick }: EventMarkersProps) {
  const [active, setActive] = useState(0);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = KEYS[e.key];
    if (!move) return;
    e.preventDefault();
    const next = move(active, marks.length);
    setActive(next);
    e.currentTarget.querySelectorAll('button')[next]?.focus();
  };
  const lanes = Math.max(1, ...marks.map((m) => m.lane + 1));
  return (
    <div className="event-marks" role="group" aria-label={label} onKeyDown={onKeyDown} style={{ '--lanes': lanes } as CSSProperties}>
      {marks.map((m, i) => (
        <button
          key={m.id}
          type="button"
          className={`event-mark event-mark--${categoryOf(m.kind)}${m.at < 0.2 ? ' event-mark--start' : m.at > 0.8 ? ' event-mark--end' : ''}`}
          style={{ left: percent(m.at), '--lane': m.lane } as CSSProperties}
          tabIndex={i === active ? 0 : -1}
          aria-label={m.label}
          aria-current={m.id === picked ? true : undefined}
          data-event-mark={m.id}
          onFocus={() => setActive(i)}
          onClick={() => onPick(m.id, m.year)}
        />
      ))}
    </div>
  );
});

/** A share of the track as a CSS percentage, to 0.01 % (a tenth of a pixel on a wide screen): short in the page's HTML. */
function percent(share: number): string {
  return `${Math.round(share * 10000) / 100}%`;
}

/** The three colours of the marks: enlargement, conflict and every other kind of event. */
export type MarkCategory = 'accession' | 'conflict' | 'other';

/** An event kind's colour on the track. */
export function categoryOf(kind: EventKind): MarkCategory {
  return kind === 'accession' || kind === 'conflict' ? kind : 'other';
}
