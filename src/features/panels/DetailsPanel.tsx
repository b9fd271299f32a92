import { memo, useId, useLayoutEffect, useRef } from 'react';
import type { Details } from '../../core/view/describeDetails';
import { EventItem } from './EventItem';
import { LensDetails } from './LensDetails';
import { prefersReducedMotion } from '../../shared/motion';

interface DetailsPanelProps {
  details: Details;
  text: { close: string; events: string; noEvents: string; source: string };
  /** Scroll the panel into view when it opens off screen (opened by the reader, not by the address). */
  reveal?: boolean;
  onClose: () => void;
}

/** The story of the open unit: status, accession and the events that involve it. */
export const DetailsPanel = memo(function DetailsPanel({ details, text, reveal = false, onClose }: DetailsPanelProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);
  // In the commit that shows the panel (a layout effect): the panel may come in a render of its own,
  // once its chunk has arrived, and a passive effect could then run after an Escape that has already
  // closed it and given focus back to the country, taking focus to a heading about to go.
  useLayoutEffect(() => {
    heading.current?.focus({ preventScroll: true });
    if (reveal && section.current) scrollIntoViewIfOff(section.current);
  }, [details.code, reveal]);
  const { accession } = details;
  return (
    <section ref={section} className="details" role="region" aria-labelledby={id}>
      <div className="details__head">
        <h2 id={id} ref={heading} tabIndex={-1}>
          {details.name}
        </h2>
        <button type="button" className="details__close" onClick={onClose}>
          {text.close}
        </button>
      </div>
      <p className="details__status">{details.statusLine}</p>
      {accession && (
        <p className="details__accession">
          {accession.label}: <strong>{accession.text}</strong>{' '}
          <a href={accession.source.url} target="_blank" rel="noopener noreferrer">
            {text.source}: {accession.source.publisher}
          </a>
        </p>
      )}
      <LensDetails details={details} sourceText={text.source} />
      {details.notes.map((n) => (
        <p key={n}>{n}</p>
      ))}
      <h3>{text.events}</h3>
      {details.events.length === 0 ? (
        <p>{text.noEvents}</p>
      ) : (
        <ul className="details__events">
          {details.events.map((e) => (
            <EventItem key={e.event.id} {...e} />
          ))}
        </ul>
      )}
    </section>
  );
});

/** Brings `el`'s top into view if none of it is on screen; smoothly unless the reader asks for less motion. */
function scrollIntoViewIfOff(el: HTMLElement) {
  const { top, bottom } = el.getBoundingClientRect();
  if (top < window.innerHeight && bottom > 0) return;
  const still = prefersReducedMotion();
  el.scrollIntoView?.({ block: 'start', behavior: still ? 'auto' : 'smooth' });
}
