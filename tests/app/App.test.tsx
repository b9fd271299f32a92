// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { fakeClock } from '../fakeClock';
import { tinyData, tinyGeometry } from '../fixtures/tiny';
import { strings } from '../../src/i18n/strings';

function open(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const user = userEvent.setup();
  render(<App data={tinyData} geometry={tinyGeometry} strings={strings} />);
  return user;
}
const unit = (code: string) => document.querySelector(`[data-unit="${code}"]`);
const count = () => document.querySelector('[data-member-count]');

describe('the year slider', () => {
  it('starts at the latest year with its members', () => {
    open();
    expect(screen.getByRole('slider', { name: 'Year' }).getAttribute('aria-valuenow')).toBe('2001');
    expect(count()?.getAttribute('data-member-count')).toBe('3');
    expect(count()?.textContent).toBe('3 members');
  });

  it('recolours countries and updates the count when moved', () => {
    open('?year=1999');
    expect(unit('POL')?.getAttribute('data-status')).toBe('joined');
    fireEvent.change(screen.getByRole('slider', { name: 'Year' }), { target: { value: '1998' } });
    expect(unit('POL')?.getAttribute('data-status')).toBe('non-member');
    expect(unit('POL')?.getAttribute('data-member')).toBe('false');
    expect(count()?.textContent).toBe('1 members');
    expect(window.location.search).toBe('?year=1998');
  });

  it('labels the accession years on the track and jumps to one when clicked', async () => {
    const user = open();
    const marks = screen.getByRole('list', { name: 'Years in which NATO grew' });
    // Named by the full year, also where a narrow slider shows ’49.
    expect(
      within(marks)
        .getAllByRole('link')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['1949', '1999']);
    // Links to the years' pages, which work without JavaScript.
    expect(
      within(marks)
        .getAllByRole('link')
        .map((b) => b.getAttribute('href')),
    ).toEqual(['/1949/', '/1999/']);
    expect(
      within(marks)
        .getAllByRole('link')
        .map((b) => b.querySelector('.mark__year')?.textContent),
    ).toEqual(['1949', '1999']);
    await user.click(within(marks).getByRole('link', { name: '1999' }));
    expect(screen.getByRole('slider').getAttribute('aria-valuenow')).toBe('1999');
  });

  it('names the year shown in the tab’s title, at once on opening, then once the year stays put', () => {
    fakeClock();
    try {
      open('?year=1999');
      expect(document.title).toBe('NATO members in 1999: enlargement map');
      act(() => vi.advanceTimersByTime(1000));
      const slider = screen.getByRole('slider', { name: 'Year' });
      fireEvent.change(slider, { target: { value: '2000' } });
      act(() => vi.advanceTimersByTime(300));
      fireEvent.change(slider, { target: { value: '2001' } });
      act(() => vi.advanceTimersByTime(300));
      // Steps a slow phone takes one by one: the title waits for the last.
      expect(document.title).toBe('NATO members in 1999: enlargement map');
      act(() => vi.advanceTimersByTime(300));
      expect(document.title).toBe('NATO enlargement map, 1949 to today');
    } finally {
      vi.useRealTimers();
    }
  });

  it('draws the units of the year only', () => {
    open('?year=1992');
    expect(unit('CSK')).not.toBeNull();
    expect(unit('CZE')).toBeNull();
    fireEvent.change(screen.getByRole('slider'), { target: { value: '1993' } });
    expect(unit('CSK')).toBeNull();
    expect(unit('CZE')?.getAttribute('data-status')).toBe('non-member');
  });
});

describe('country details', () => {
  it('open on click with the status, accession date and round, and close with Escape', async () => {
    const user = open('?year=1999');
    await user.click(unit('POL')!);
    // The details are a chunk of their own, fetched at the first opening.
    const region = await screen.findByRole('region', { name: /Poland/ });
    expect(region.textContent).toContain('joined this year');
    expect(region.textContent).toContain('12 March 1999 · 1999 enlargement');
    expect(within(region).getByRole('link', { name: /Example 1999/ })).toBeTruthy();
    expect(window.location.search).toBe('?year=1999&country=POL');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: /Poland/ })).toBeNull();
    expect(document.activeElement).toBe(unit('POL'));
  });

  it('say when a country joins, not since when it is a member, before its accession', async () => {
    const user = open('?year=1998');
    await user.click(unit('POL')!);
    const region = await screen.findByRole('region', { name: /Poland/ });
    expect(region.textContent).toContain('In 1998: not a member');
    expect(region.textContent).toContain('Joins: 12 March 1999 · 1999 enlargement');
    expect(region.textContent).not.toContain('Member since');
    fireEvent.change(screen.getByRole('slider', { name: 'Year' }), { target: { value: '2000' } });
    await waitFor(() => expect(region.textContent).toContain('Member since: 12 March 1999'));
  });

  it('open with Enter on a focused country and close with the button', async () => {
    const user = open('?year=1949');
    (unit('BEL') as SVGElement).focus();
    await user.keyboard('{Enter}');
    const region = await screen.findByRole('region', { name: /Belgium/ });
    expect(region.textContent).toContain('24 August 1949 · founding member');
    await user.click(within(region).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: /Belgium/ })).toBeNull();
  });

  it('name each country with its status', () => {
    open('?year=1999');
    expect(unit('BEL')?.getAttribute('aria-label')).toBe('Belgium, member since 24 August 1949');
    expect(unit('POL')?.getAttribute('aria-label')).toBe('Poland, joined on 12 March 1999');
    expect(unit('AUT')?.getAttribute('aria-label')).toBe('Austria, not a member');
  });
});

describe('the events of the year', () => {
  it('are listed with their dates and sources', () => {
    open('?year=1999');
    const list = screen.getByRole('list', { name: 'Events' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toContain('12 March 1999');
    expect(within(items[0]!).getByRole('link').getAttribute('href')).toBe('https://example.org/1999');
  });
});

describe('while the slider is dragged', () => {
  beforeEach(fakeClock);
  afterEach(() => vi.useRealTimers());

  it('the map and count follow every step; the events wait until it stops, then show the year reached', () => {
    open('?year=2001');
    const slider = screen.getByRole('slider', { name: 'Year' });
    const heading = () => screen.getByRole('heading', { name: /^Events in/ }).textContent;
    act(() => vi.advanceTimersByTime(1000));
    // A lone step, after a pause: everything follows at once.
    fireEvent.change(slider, { target: { value: '2000' } });
    expect(heading()).toBe('Events in 2000');
    for (const [year, members] of [
      ['1999', '3'],
      ['1998', '1'],
    ] as const) {
      act(() => vi.advanceTimersByTime(40));
      fireEvent.change(slider, { target: { value: year } });
      expect(count()?.getAttribute('data-member-count')).toBe(members);
      expect(heading()).toBe('Events in 2000');
    }
    expect(unit('POL')?.getAttribute('data-status')).toBe('non-member');
    act(() => vi.advanceTimersByTime(150));
    expect(heading()).toBe('Events in 1998');
    expect(screen.getByText('No events recorded for 1998.')).toBeTruthy();
  });

  it('the address gets one history entry per drag, holding the year it settles on, and no timer is cleared while it moves', () => {
    open('?year=2001');
    const slider = screen.getByRole('slider', { name: 'Year' });
    const before = window.history.length;
    const clear = vi.spyOn(window, 'clearTimeout');
    for (const year of ['2000', '1999', '1998']) {
      fireEvent.change(slider, { target: { value: year } });
      act(() => vi.advanceTimersByTime(40));
    }
    expect(clear).not.toHaveBeenCalled();
    // The first step opened the entry; the year it settles on is written once it stays put.
    expect(window.history.length).toBe(before + 1);
    expect(window.location.search).toBe('?year=2000');
    for (let i = 0; i < 6; i++) act(() => vi.advanceTimersByTime(100));
    expect(window.location.search).toBe('?year=1998');
    expect(window.history.length).toBe(before + 1);
    // The next drag opens the next entry.
    fireEvent.change(slider, { target: { value: '1997' } });
    expect(window.history.length).toBe(before + 2);
    expect(window.location.search).toBe('?year=1997');
  });
});

describe('the URL', () => {
  it('opens on the year and country it names', async () => {
    open('?year=1999&country=POL');
    expect(screen.getByRole('slider').getAttribute('aria-valuenow')).toBe('1999');
    expect(await screen.findByRole('region', { name: /Poland/ })).toBeTruthy();
  });

  it.each([
    ['?year=abc', /“abc” is not on the map/],
    ['?year=1700', /“1700” is not on the map/],
    ['?country=ZZZ', /code “ZZZ”/],
    ['?country=<img src=x onerror=alert(1)>', /code “<img src=x onerror=alert…”/],
  ])('falls back from %s with a visible notice', (search, message) => {
    open(search);
    expect(screen.getByRole('status').textContent).toMatch(message);
    expect(screen.getByRole('slider').getAttribute('aria-valuenow')).toBe('2001');
    expect(document.querySelector('img')).toBeNull();
    expect(window.location.search).toBe('');
  });

  it.each([
    ['/1999/?year=1999&country=POL', '/?year=1999&country=POL'],
    ['/1999/?year=2000', '/?year=2000'],
    ['/1999/?country=POL', '/1999/?country=POL'],
  ])('opened at %s, shows the same view at %s', (address, expected) => {
    window.history.replaceState(null, '', address);
    render(<App data={tinyData} geometry={tinyGeometry} strings={strings} />);
    expect(window.location.pathname + window.location.search).toBe(expected);
    expect(screen.getByRole('slider').getAttribute('aria-valuenow')).toBe(
      new URLSearchParams(expected.split('?')[1]).get('year') ?? '1999',
    );
  });
});

describe('a link that names a country, on a pre-rendered year page', () => {
  it('hydrates the page as drawn (no recoverable error), then opens the details without a new history entry', async () => {
    const { renderToString } = await import('react-dom/server');
    const { hydrateRoot } = await import('react-dom/client');
    const page = (openLater: boolean, at?: { pathname: string; search: string }) => (
      <App data={tinyData} geometry={tinyGeometry} strings={strings} at={at} openLater={openLater} />
    );
    const container = document.createElement('div');
    // The page as the build draws it: the year, nothing selected.
    container.innerHTML = renderToString(page(false, { pathname: '/', search: '?year=1999' }));
    document.body.append(container);
    window.history.replaceState(null, '', '/?year=1999&country=POL');
    const entries = window.history.length;
    const mismatches: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, page(true), { onRecoverableError: (error) => mismatches.push(error) });
    });
    expect(mismatches).toEqual([]);
    expect(await screen.findByRole('region', { name: /Poland/ })).toBeTruthy();
    expect(window.location.search).toBe('?year=1999&country=POL');
    expect(window.history.length).toBe(entries);
    container.remove();
  });
});

describe('the legend', () => {
  it('lists only the classes the map shows, and follows the year', () => {
    open('?year=1999');
    const legend = () =>
      within(document.querySelector<HTMLElement>('[data-legend]')!)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(legend()).toEqual(['NATO member', 'Joined this year', 'Not a member']);
    fireEvent.change(screen.getByRole('slider', { name: 'Year' }), { target: { value: '2000' } });
    expect(legend()).toEqual(['NATO member', 'Not a member']);
  });
});
