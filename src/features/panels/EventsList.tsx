import { memo, useId } from 'react';
import type { EventDescription } from '../../core/view/describeEvent';
import { EventItem } from './EventItem';

interface EventsListProps {
  heading: string;
  listLabel: string;
  emptyText: string;
  events: EventDescription[];
  /** Id of the event to highlight (picked on the timeline). */
  current?: string;
}

/** The events of the shown year, each with its date and source. */
export const EventsList = memo(function EventsList({ heading, listLabel, emptyText, events, current }: EventsListProps) {
  const id = useId();
  return (
    <section className="events" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {events.length === 0 && <p>{emptyText}</p>}
      <ul role="list" aria-label={listLabel}>
        {events.map((e) => (
          <EventItem key={e.event.id} id={`event-${e.event.id}`} {...e} current={e.event.id === current} />
        ))}
      </ul>
    </section>
  );
});
