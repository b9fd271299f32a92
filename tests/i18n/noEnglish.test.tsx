// @vitest-environment jsdom
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { dataset } from '../../src/data/dataset';
import { allStrings } from '../../src/i18n/all';
import { languages, type Language } from '../../src/i18n/languages';
import { mapGeometry } from '../fixtures/realGeometry';

/** A page of the app as pre-rendered for a year, with a unit's details open. */
const cases = [
  { year: 1985, country: 'DDR' },
  { year: 1999, country: 'POL' },
  { year: 2024, country: 'UKR' },
];

/**
 * Every text a reader meets on the page, each text node and accessible name on its own, leaving
 * out the sources (publishers' titles, in their own language) and the language picker
 * (each language named in itself).
 */
function textsOf(lang: Language, year: number, country: string): string[] {
  const html = renderToString(
    <App
      data={dataset}
      geometry={mapGeometry}
      strings={allStrings[lang]}
      at={{ pathname: '/', search: `?year=${year}&country=${country}` }}
    />,
  );
  document.body.innerHTML = html;
  document.querySelectorAll('a[href^="http"], .language-picker, .border-figure__sources').forEach((e) => e.remove());
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
  for (const e of document.querySelectorAll('[aria-label], [title], [alt], [aria-valuetext]'))
    for (const name of ['aria-label', 'title', 'alt', 'aria-valuetext']) texts.push(e.getAttribute(name) ?? '');
  return texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** A sentence rather than a name: three words or more. */
const sentence = (text: string) => text.split(' ').filter((w) => /\p{L}{2,}/u.test(w)).length >= 3;

/** Every string of the English tables, however deep. */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

describe.each(cases)('$year, $country open', ({ year, country }) => {
  const english = textsOf('en', year, country).filter(sentence);
  // Names aside: some are the same in other languages ("Isle of Man" in German).
  const englishLeaves = leaves({ ...allStrings.en, unitNames: {}, mapLabels: {} }).filter(sentence);

  it('has English sentences to look for (the check can fail)', () => {
    expect(english.length).toBeGreaterThan(20);
    expect(english).toContain(allStrings.en.ui.intro);
  });

  it.each(languages.filter((l) => l.code !== 'en').map((l) => l.code))('in %s holds no English sentence', (lang) => {
    const page = textsOf(lang, year, country);
    const text = page.join('\n');
    expect(english.filter((t) => page.includes(t))).toEqual([]);
    expect(englishLeaves.filter((t) => text.includes(t))).toEqual([]);
  });

  // A date that ends in an abbreviation ("1 июля 1991 г.") must not end a sentence with its own dot.
  it.each(languages.map((l) => l.code))('in %s ends no sentence with a doubled full stop', (lang) => {
    expect(textsOf(lang, year, country).filter((t) => /(?<!\.)\.\.(?!\.)/.test(t))).toEqual([]);
  });
});

describe('every language’s tables, events and notes included', () => {
  const english = new Set(leaves({ ...allStrings.en, unitNames: {}, mapLabels: {} }).filter(sentence));

  it.each(languages.filter((l) => l.code !== 'en').map((l) => l.code))('%s copies no English sentence', (lang) => {
    expect(leaves(allStrings[lang]).filter((t) => english.has(t))).toEqual([]);
  });

  it.each(languages.filter((l) => l.code !== 'en').map((l) => l.code))('%s has a text for every event, in that language', (lang) => {
    const texts = Object.entries(allStrings[lang].eventTexts);
    expect(texts.map(([id]) => id)).toEqual(Object.keys(allStrings.en.eventTexts));
    expect(
      texts.filter(([id, t]) => t.text === allStrings.en.eventTexts[id]!.text || t.title === allStrings.en.eventTexts[id]!.title),
    ).toEqual([]);
  });
});
