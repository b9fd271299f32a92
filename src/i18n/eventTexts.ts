import type { Strings } from './strings';

/** What the browser build leaves out of a language's chunk (build/eventTexts.ts): events' long texts by id, units' notes by code. */
export interface LaterTexts {
  events: Record<string, string>;
  notes?: Record<string, string>;
}

/**
 * The strings with the events' long texts filled in from `texts` (by event id), for those it has,
 * and the units' notes if it has them: the browser build's language chunks carry the events' titles
 * only and no notes. A new object, so that the views remembered per language
 * (src/core/view/perYear.ts) are made again with the texts.
 */
export function withEventTexts(s: Strings, { events, notes }: LaterTexts): Strings {
  const eventTexts = Object.fromEntries(
    Object.entries(s.eventTexts).map(([id, t]) => [id, events[id] === undefined ? t : { title: t.title, text: events[id] }]),
  );
  return { ...s, eventTexts, unitNotes: notes ?? s.unitNotes };
}
