import { memo } from 'react';
import type { KeyboardEvent } from 'react';
import type { MapGeometry } from '../../core/geo/geometry';
import { placePoint } from '../../core/geo/anchors';
import type { EventDescription } from '../../core/view/describeEvent';

/** A map pin in CSS px, its tip on the place, so it points at the spot without covering it. */
const PIN = 'M0,0C-2,-5 -9,-9 -9,-15A9,9 0 1 1 9,-15C9,-9 2,-5 0,0Z';
/** The pin's box with its round target (r 13 at y -15), in CSS px from its tip: the map's names keep clear of it. */
export const PIN_BOX = { x0: -13, y0: -28, x1: 13, y1: 1 } as const;

interface EventPinsProps {
  events: EventDescription[];
  geometry: MapGeometry;
  open?: string;
  onOpen: (id: string) => void;
}

/** A marker where each of the year's events took place, named by its title, that opens the event. */
export const EventPins = memo(function EventPins({ events, geometry, open, onOpen }: EventPinsProps) {
  return (
    <g className="event-markers">
      {events.map(({ event, title }) => {
        const p = event.place && placePoint(geometry, event.place);
        if (!p) return null;
        const onKeyDown = (e: KeyboardEvent) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onOpen(event.id);
          }
        };
        return (
          <g key={event.id} transform={`translate(${p[0]} ${p[1]})`}>
            <g
              className={`event-marker event-marker--${event.kind}`}
              data-event={event.id}
              role="button"
              tabIndex={0}
              aria-label={title}
              aria-expanded={open === event.id}
              onClick={() => onOpen(event.id)}
              onKeyDown={onKeyDown}
            >
              <circle className="event-marker__hit" cy={-15} r={13} />
              <path className="event-marker__glyph" d={PIN} />
              <circle className="event-marker__dot" cy={-15} r={3} />
            </g>
          </g>
        );
      })}
    </g>
  );
});
