import { describe, expect, it } from 'vitest';
import { withEventTexts } from '../../src/i18n/eventTexts';
import { allStrings } from '../../src/i18n/all';

describe('withEventTexts', () => {
  const whole = allStrings.ru;
  const titlesOnly = {
    ...whole,
    eventTexts: Object.fromEntries(Object.entries(whole.eventTexts).map(([id, t]) => [id, { title: t.title, text: '' }])),
  };

  it('fills in the texts it is given and keeps every title', () => {
    const [first, second] = Object.keys(whole.eventTexts) as [string, string];
    const filled = withEventTexts(titlesOnly, { events: { [first]: whole.eventTexts[first]!.text } });
    expect(filled.eventTexts[first]).toEqual(whole.eventTexts[first]);
    expect(filled.eventTexts[second]).toEqual({ title: whole.eventTexts[second]!.title, text: '' });
    expect(filled.ui).toBe(titlesOnly.ui);
  });

  it('gives back the language whole from all its texts and notes, as a new object (views remembered per strings are made again)', () => {
    const texts = Object.fromEntries(Object.entries(whole.eventTexts).map(([id, t]) => [id, t.text]));
    const filled = withEventTexts({ ...titlesOnly, unitNotes: {} }, { events: texts, notes: whole.unitNotes });
    expect(filled.eventTexts).toEqual(whole.eventTexts);
    expect(filled.unitNotes).toEqual(whole.unitNotes);
    expect(filled).not.toBe(titlesOnly);
  });
});
