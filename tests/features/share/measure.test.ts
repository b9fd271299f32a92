import { describe, expect, it } from 'vitest';
import { fontCovers, textWidth } from '../../../src/features/share/export/measure';
import { wrapText } from '../../../src/features/share/export/wrap';
import { allStrings } from '../../fixtures/allStrings';

describe('textWidth', () => {
  it('adds up the advance widths and scales with the size', () => {
    expect(textWidth('NATO', 10)).toBeCloseTo(textWidth('NA', 10) + textWidth('TO', 10), 10);
    expect(textWidth('Estonia', 20)).toBeCloseTo(2 * textWidth('Estonia', 10), 10);
    expect(textWidth('Estonia', 10, 'bold')).toBeGreaterThan(textWidth('Estonia', 10));
    expect(textWidth('W', 10)).toBeGreaterThan(textWidth('i', 10));
  });

  it('measures a decomposed accent as the composed letter', () => {
    expect(textWidth('Türkiye'.normalize('NFD'), 10)).toBeCloseTo(textWidth('Türkiye', 10), 10);
  });

  it.each(allStrings)('covers every character of the $lang legend and unit names', ({ strings }) => {
    const names = Object.values(strings.unitNames).flatMap((n) => (typeof n === 'string' ? [n] : n.map((e) => e.name)));
    const missing = [...Object.values(strings.ui.legend), ...names].filter((t) => !fontCovers(t));
    expect(missing).toEqual([]);
  });

  it('covers Cyrillic, Polish and French letters and the punctuation of quotes and dates', () => {
    expect(fontCovers('НАТО у 2004 році — «Україна» № 1; обʼєднання; Łódź, Gdańsk; Française, Œuvre, Österreich “’–…')).toBe(true);
    // The narrow no-break space of French number formats.
    expect(fontCovers('1\u202f317\u00a0km')).toBe(true);
  });
});

describe('wrapText', () => {
  const text =
    'Source: NATO (nato.int), the UN, governments and news agencies. Interactive map: https://map.example/?year=2004&country=EST&lens=both';

  it.each([120, 200, 400])('breaks into lines no wider than %i that keep every word in order', (width) => {
    const lines = wrapText(text, width, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(width);
    expect(lines.join(' ').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
  });

  it('cuts an address too long for a line after its punctuation', () => {
    const url = 'https://map.example/?year=2004&country=EST&lens=both';
    const lines = wrapText(url, textWidth('https://map.example/?year=20', 12), 12);
    expect(lines.join('')).toBe(url);
    expect(lines[0]).toBe('https://map.example/?year=');
  });

  it('never breaks at a no-break space', () => {
    const date = '12\u00a0mars\u00a01999';
    const lines = wrapText(`Adhésion le ${date} et « Otan\u202fà\u202f32 »`, textWidth(date, 12) + 1, 12);
    expect(lines).toContain(date);
  });

  it('keeps a text that fits on one line', () => {
    expect(wrapText('NATO in 2004', 500, 28, 'bold')).toEqual(['NATO in 2004']);
  });
});
