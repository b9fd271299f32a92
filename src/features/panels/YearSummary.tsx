import { memo } from 'react';
import type { EventDescription } from '../../core/view/describeEvent';

interface YearSummaryProps {
  heading: string;
  /** The year's change caption, as a sentence. */
  lead: string;
  events: EventDescription[];
  /** One event as a sentence, from its date and title. */
  sentence: (date: string, title: string) => string;
  /** The link text of an event's source, from its publisher. */
  source: (publisher: string) => string;
}

/**
 * A short paragraph of what happened in the year: its change caption, then each event with its date
 * and a link to its source. The year page reads as a page with it, JavaScript or not.
 */
export const YearSummary = memo(function YearSummary({ heading, lead, events, sentence, source }: YearSummaryProps) {
  return (
    <section className="year-summary">
      <h2>{heading}</h2>
      <p>
        {lead}
        {events.map((e) => (
          <span key={e.event.id}>
            {' '}
            {sentence(e.date, e.title)}{' '}
            <a href={e.event.source.url} target="_blank" rel="noopener noreferrer">
              {source(e.event.source.publisher)}
            </a>
          </span>
        ))}
      </p>
    </section>
  );
});
