// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { realMap } from '../../fixtures/realMap';
import { renderToStaticMarkup } from 'react-dom/server';
import { dataset } from '../../../src/data/dataset';
import { describeDetails } from '../../../src/core/view/describeDetails';
import { strings } from '../../../src/i18n/strings';

/** The real map of a year, with its event pins, as the page draws it, parsed. */
function mapOf(year: number) {
  const markup = renderToStaticMarkup(realMap(year, { events: true }));
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html');
  return {
    unit: (code: string) => doc.querySelector(`path[data-unit="${code}"]`),
    disputed: (id: string) => doc.querySelector(`[data-disputed="${id}"]`),
    pins: () => [...doc.querySelectorAll('[data-event][role="button"]')].map((p) => p.getAttribute('aria-label')),
  };
}

describe('the map draws the states of the selected year', () => {
  it('1985: the Soviet Union, Czechoslovakia, Yugoslavia and East Germany, not their successors, no Crimea', () => {
    const map = mapOf(1985);
    for (const code of ['SUN', 'CSK', 'YUG', 'DDR']) expect(map.unit(code), code).not.toBeNull();
    for (const code of ['UKR', 'CZE', 'SVN', 'XKX']) expect(map.unit(code), code).toBeNull();
    expect(map.disputed('crimea')).toBeNull();
  });

  it('1989: East Germany drawn, in the Warsaw Pact, its details telling of 3 October 1990; West Germany a member', () => {
    const map = mapOf(1989);
    expect(map.unit('DDR')?.getAttribute('data-member')).toBe('false');
    expect(map.unit('DDR')?.getAttribute('data-status')).toBe('non-member warsaw-pact');
    expect(map.unit('DEU')?.getAttribute('aria-label')).toMatch(/^West Germany, member since 6 May 1955/);
    expect(describeDetails(dataset, 'DDR', 1989, strings).notes.join(' ')).toContain('3 October 1990');
  });

  it('2014: Ukraine, Crimea occupied, Kosovo disputed, Macedonia under its name of the time', () => {
    const map = mapOf(2014);
    expect(map.unit('UKR')).not.toBeNull();
    expect(map.disputed('crimea')?.getAttribute('aria-label')).toBe('Crimea: part of Ukraine, occupied by Russia since 2014');
    expect(map.disputed('kosovo')?.getAttribute('aria-label')).toBe('Kosovo: disputed territory');
    expect(map.unit('MKD')?.getAttribute('aria-label')).toMatch(/^The former Yugoslav Republic of Macedonia, not a member/);
  });
});

describe('the units and overlays the map has only in some years', () => {
  it('West Berlin (to 1989) and the Saar (to 1956) are units of their own, not members', () => {
    expect(mapOf(1956).unit('XSR')?.getAttribute('aria-label')).toBe('Saar Protectorate, not a member');
    expect(mapOf(1956).unit('XWB')?.getAttribute('data-member')).toBe('false');
    expect(mapOf(1957).unit('XSR')).toBeNull();
    expect(mapOf(1989).unit('XWB')?.getAttribute('aria-label')).toBe('West Berlin, not a member');
    expect(mapOf(1990).unit('XWB')).toBeNull();
  });

  it('the regions of Ukraine that Russia proclaimed annexed are marked from 2022', () => {
    expect(mapOf(2021).disputed('ukraine-2022')).toBeNull();
    expect(mapOf(2022).disputed('ukraine-2022')?.getAttribute('aria-label')).toMatch(
      /^Donetsk, Luhansk, Zaporizhzhia and Kherson regions.*only partly controlled by Russia$/,
    );
  });
});

describe('the map pins the year’s events where they took place', () => {
  it.each([
    [1999, 'NATO air campaign against FR Yugoslavia'],
    [2008, 'War between Russia and Georgia'],
    [2014, 'Russia declares Crimea annexed'],
    [2022, 'Russia invades Ukraine'],
  ])('%i: %s', (year, title) => {
    expect(mapOf(year).pins()).toContain(title);
  });
});
