// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../../src/app/App';
import { BorderFigure } from '../../../src/features/panels/BorderFigure';
import { ChangeCaption } from '../../../src/features/panels/ChangeCaption';
import { dataset } from '../../../src/data/dataset';
import { strings } from '../../../src/i18n/strings';
import { mapGeometry } from '../../fixtures/realGeometry';
import { borderFigure, timelineSeries } from '../../../src/core/view/borderFigure';
import { describeChange } from '../../../src/core/view/changeCaption';

// Mounting the app is slow in jsdom on a busy machine; the tests assert states, never durations.
vi.setConfig({ testTimeout: 20_000 });

/** Opens the real map on a year, as a user following a shared link would. */
function open(year: number) {
  window.history.replaceState(null, '', `/?year=${year}`);
  render(<App data={dataset} geometry={mapGeometry} strings={strings} />);
}
/** The caption and the border figure alone, on the real data: mounting the whole real map is slow in jsdom. */
function Story({ year }: { year: number }) {
  return (
    <>
      <ChangeCaption text={describeChange(dataset, year, strings)} />
      <BorderFigure
        figure={borderFigure(dataset, year, strings)}
        points={timelineSeries(dataset).border}
        year={year}
        chartLabel={strings.timeline.border.chart}
        sourcesText={strings.timeline.border.sources}
      />
    </>
  );
}
const caption = () => document.querySelector('.change-caption')?.textContent;
const border = () => document.querySelector('[data-russia-border-km]');

describe('the caption says what changed in the year', () => {
  const table: [number, string][] = [
    [
      1949,
      '1949: Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, Netherlands, Norway, Portugal, United Kingdom and United States founded the alliance — 12 members',
    ],
    [1952, '1952: Greece and Turkey joined — 14 members'],
    [1957, '1957: the former Saar Protectorate became NATO territory as part of West Germany — 15 members'],
    [1982, '1982: Spain joined — 16 members'],
    [1985, '1985: no change — 16 members'],
    [1990, '1990: the former East Germany and West Berlin became NATO territory as part of Germany — 16 members'],
    [1991, '1991: no change — 16 members'],
    [2004, '2004: Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia joined — 26 members'],
    [2020, '2020: North Macedonia joined — 30 members'],
    [2024, '2024: Sweden joined — 32 members'],
  ];

  it('on the map, following the slider', () => {
    open(1998);
    fireEvent.change(screen.getByRole('slider', { name: 'Year' }), { target: { value: '1999' } });
    expect(caption()).toBe('1999: Czech Republic, Hungary and Poland joined — 19 members');
  });

  it.each(table)('%i', (year, text) => {
    render(<Story year={year} />);
    expect(caption()).toBe(text);
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

  it.each(table)('%i: %s km', (year, km, text) => {
    render(<Story year={year} />);
    expect(border()?.getAttribute('data-russia-border-km')).toBe(km);
    expect(border()?.textContent).toBe(text);
  });

  it('on the map, beside the member count', () => {
    open(2004);
    expect(border()?.getAttribute('data-russia-border-km')).toBe('1317');
    fireEvent.change(screen.getByRole('slider', { name: 'Year' }), { target: { value: '2023' } });
    expect(border()?.getAttribute('data-russia-border-km')).toBe('2626');
  });

  it('links to its sources', () => {
    render(<Story year={1952} />);
    expect(border()?.getAttribute('data-russia-border-km')).toBe('792');
    const links = [...document.querySelectorAll('.border-figure__sources a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      'https://www.cia.gov/the-world-factbook/countries/norway/',
      'https://www.cia.gov/the-world-factbook/countries/turkey-turkiye/',
    ]);
  });
});
