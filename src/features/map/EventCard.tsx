import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { EventDescription } from '../../core/view/describeEvent';

interface EventCardProps {
  event: EventDescription;
  closeText: string;
  onClose: () => void;
}

/** An event opened from its marker on the map: date, title, text and source; Escape or Close shuts it. */
export function EventCard({ event: { event, date, title, text, sourceText }, closeText, onClose }: EventCardProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), [event.id]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    // Only this card closes, not the country details behind it.
    e.stopPropagation();
    onClose();
  };
  return (
    <section className="event-card" role="dialog" aria-labelledby={id} onKeyDown={onKeyDown}>
      <div className="event-card__head">
        <h2 id={id} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="event-card__close" onClick={onClose}>
          {closeText}
        </button>
      </div>
      <time dateTime={event.date}>{date}</time>
      <p>{text}</p>
      <a href={event.source.url} target="_blank" rel="noopener noreferrer">
        {sourceText}
      </a>
    </section>
  );
}
