import type { EventRecord } from '../domain/types';

/** One event: its date, title, text and a link to its source; `id` makes it addressable (`event-<id>` in the year's list). */
export function EventItem({ id, event, date, title, text, sourceText }: {
  id?: string;
  event: EventRecord;
  date: string;
  title: string;
  text: string;
  sourceText: string;
}) {
  return (
    <li className="event" id={id}>
      <time dateTime={event.date}>{date}</time>
      <strong className="event__title">{title}</strong>
      <span className="event__text">{text}</span>
      <a className="event__source" href={event.source.url} target="_blank" rel="noopener noreferrer">
        {sourceText}
      </a>
    </li>
  );
}
