// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../src/App';
import { dataset } from '../src/data/dataset';
import { mapGeometry } from '../src/map/mapGeometry';

/** Opens the real map on a year, as a user following a shared link would. */
function open(year: number) {
  window.history.replaceState(null, '', `/?year=${year}`);
  render(<App data={dataset} geometry={mapGeometry} />);
}
/** Moves the slider to a year. */
function slide(year: number) {
  fireEvent.change(screen.getByRole('slider', { name: 'Year' }), { target: { value: String(year) } });
}
const caption = () => document.querySelector('.change-caption')?.textContent;
const border = () => document.querySelector('[data-russia-border-km]');

describe('the caption says what changed in the year', () => {
  const table: [number, string][] = [
    [1949, '1949: Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, Netherlands, Norway, Portugal, United Kingdom and United States founded the alliance — 12 members'],
    [1952, '1952: Greece and Turkey joined — 14 members'],
    [1982, '1982: Spain joined — 16 members'],
    [1985, '1985: no change — 16 members'],
    [1990, '1990: the former East Germany became NATO territory as part of Germany — 16 members'],
    [1991, '1991: no change — 16 members'],
    [2004, '2004: Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia joined — 26 members'],
    [2020, '2020: North Macedonia joined — 30 members'],
    [2024, '2024: Sweden joined — 32 members'],
  ];

  it('on a shared link', () => {
    open(1999);
    expect(caption()).toBe('1999: Czech Republic, Hungary and Poland joined — 19 members');
  });

  it('for every year the slider is moved to', () => {
    open(1999);
    // One render for the whole table: the real map is slow to mount in jsdom, cheap to move.
    for (const [year, text] of table) {
      slide(year);
      expect(caption(), String(year)).toBe(text);
    }
  });
});

describe('the border figure sums NATO’s land border with Russia (the USSR before 1992)', () => {
  const table: [number, string, string][] = [
    [1950, '191', 'NATO–Soviet Union land border 191 km'],
    [1952, '792', 'NATO–Soviet Union land border 792 km'],
    [1991, '191', 'NATO–Russia land border 191 km'],
    [1995, '191', 'NATO–Russia land border 191 km'],
    [1999, '400', 'NATO–Russia land border 400 km'],
    [2004, '1317', 'NATO–Russia land border 1,317 km'],
    [2023, '2626', 'NATO–Russia land border 2,626 km'],
    [2024, '2626', 'NATO–Russia land border 2,626 km'],
  ];

  it('for every year the slider is moved to', () => {
    open(2024);
    for (const [year, km, text] of table) {
      slide(year);
      expect(border()?.getAttribute('data-russia-border-km'), String(year)).toBe(km);
      expect(border()?.textContent, String(year)).toBe(text);
    }
  });

  it('links to its sources', () => {
    open(1952);
    expect(border()?.getAttribute('data-russia-border-km')).toBe('792');
    const links = [...document.querySelectorAll('.border-figure__sources a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://www.cia.gov/the-world-factbook/countries/norway/', 'https://www.cia.gov/the-world-factbook/countries/turkey-turkiye/']);
  });

});
