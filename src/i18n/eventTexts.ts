import type { Strings } from './strings';

/**
 * The strings with the events' long texts filled in from `texts` (by event id), for those it has:
 * the browser build's language chunks carry the titles only (build/eventTexts.ts). A new object,
 * so that the views remembered per language (src/core/view/perYear.ts) are made again with the texts.
 */
export function withEventTexts(s: Strings, texts: Record<string, string>): Strings {
  const eventTexts = Object.fromEntries(
    Object.entries(s.eventTexts).map(([id, t]) => [id, texts[id] === undefined ? t : { title: t.title, text: texts[id] }]),
  );
  return { ...s, eventTexts };
}
