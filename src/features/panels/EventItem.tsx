import { useEffect, useRef } from 'react';
import type { EventRecord } from '../../core/domain/types';
import { prefersReducedMotion } from '../../shared/motion';

/** One event: its date, title, text and a link to its source; `id` makes it addressable (`event-<id>` in the year's list), `current` highlights it and scrolls it into view. */
export function EventItem({
  id,
  event,
  date,
  title,
  text,
  sourceText,
  current = false,
}: {
  id?: string;
  event: EventRecord;
  date: string;
  title: string;
  text: string;
  sourceText: string;
  current?: boolean;
}) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!current) return;
    const reduce = prefersReducedMotion();
    // jsdom has no scrollIntoView; browsers all do.
    ref.current?.scrollIntoView?.({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  }, [current]);
  return (
    <li
      ref={ref}
      id={id}
      className={current ? 'event event--current' : 'event'}
      aria-current={current ? true : undefined}
      data-event-item={event.id}
    >
      <time dateTime={event.date}>{date}</time>
      <strong className="event__title">{title}</strong>
      <span className="event__text">{text}</span>
      <a className="event__source" href={event.source.url} target="_blank" rel="noopener noreferrer">
        {sourceText}
      </a>
    </li>
  );
}
