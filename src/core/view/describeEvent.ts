import type { EventRecord } from '../domain/types';
import { formatDate, formatDateRange } from '../../i18n/format';
import { type Strings } from '../../i18n/strings';

/** What a user reads about an event. */
export interface EventDescription {
  event: EventRecord;
  date: string;
  title: string;
  text: string;
  sourceText: string;
}

/** Describes an event in the active language. */
export function describeEvent(event: EventRecord, s: Strings): EventDescription {
  const { locale } = s.ui;
  const texts = s.eventTexts[event.id] ?? { title: event.id, text: '' };
  return {
    event,
    date: event.endDate ? formatDateRange(event.date, event.endDate, locale) : formatDate(event.date, locale),
    title: texts.title,
    text: texts.text,
    sourceText: s.ui.events.source(event.source.publisher),
  };
}
