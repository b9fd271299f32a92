import { memo, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
import type { EventMark } from '../../core/view/eventMarks';
import type { EventKind } from '../../core/domain/types';
import { nearestMark } from './nearestMark';

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

/** The id of the `i`th mark's element, for `aria-activedescendant`: short, as there are ~60 in the page's HTML. */
const markId = (i: number) => `em${i}`;

/**
 * The events as markers along the slider's track: one listbox, a single target as wide as the
 * track, whose options are the marks (dots far smaller than a fingertip). A click or tap picks the
 * mark nearest to it (within `PICK_RADIUS`) and jumps to its year; one tab stop, the arrow keys,
 * Home and End move between marks, showing each one's date and title, and Enter or Space picks it
 * (the year does not move under the reader while they look). Its props do not change with the
 * year, so moving the slider does not re-render it.
 */
export const EventMarkers = memo(function EventMarkers({ marks, label, picked, onPick }: EventMarkersProps) {
  const [active, setActive] = useState(0);
  const pick = (i: number) => {
    const m = marks[i];
    if (!m) return;
    setActive(i);
    onPick(m.id, m.year);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      pick(active);
      return;
    }
    const move = KEYS[e.key];
    if (!move) return;
    e.preventDefault();
    setActive(move(active, marks.length));
  };
  // A mark hit is that mark; a click beside the marks picks the nearest, their places read at the
  // click only (nothing is measured while the slider moves).
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const items = [...e.currentTarget.children];
    const hit = items.indexOf(e.target as Element);
    const centres = () =>
      items.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
    const i = hit >= 0 ? hit : nearestMark(centres(), { x: e.clientX, y: e.clientY });
    if (i !== undefined) pick(i);
  };
  const lanes = Math.max(1, ...marks.map((m) => m.lane + 1));
  return (
    <div
      className="event-marks"
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-orientation="horizontal"
      aria-activedescendant={marks.length > 0 ? markId(active) : undefined}
      onKeyDown={onKeyDown}
      onClick={onClick}
      style={{ '--lanes': lanes } as CSSProperties}
    >
      {marks.map((m, i) => (
        <div
          key={m.id}
          id={markId(i)}
          role="option"
          className={`event-mark event-mark--${categoryOf(m.kind)}`}
          style={{ '--at': share(m.at), '--lane': m.lane } as CSSProperties}
          aria-label={m.label}
          aria-selected={m.id === picked || undefined}
          data-active={i === active || undefined}
        />
      ))}
    </div>
  );
});

/**
 * A share of the track, 0–1, to 1/10,000 (a tenth of a pixel on a wide screen): the stylesheet
 * places the mark and slides its tip along the track with it, so that no tip leaves the track.
 */
function share(at: number): number {
  return Math.round(at * 10000) / 10000;
}

/** The three colours of the marks: enlargement, conflict and every other kind of event. */
export type MarkCategory = 'accession' | 'conflict' | 'other';

/** An event kind's colour on the track. */
export function categoryOf(kind: EventKind): MarkCategory {
  return kind === 'accession' || kind === 'conflict' ? kind : 'other';
}
