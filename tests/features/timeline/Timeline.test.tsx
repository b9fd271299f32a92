// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../../src/app/App';
import { tinyData, tinyGeometry } from '../../fixtures/tiny';
import { strings } from '../../../src/i18n/strings';
import { fr } from '../../../src/i18n/fr';
import { roundYears } from '../../../src/core/domain/rounds';
import { playbackTiming } from '../../../src/features/timeline/playback';

function open(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  render(<App data={tinyData} geometry={tinyGeometry} strings={strings} />);
}
// Mounting the app is slow in jsdom on a busy machine; the tests assert states, never durations.
vi.setConfig({ testTimeout: 20_000 });

const slider = () => screen.getByRole('slider', { name: 'Year' });
const year = () => slider().getAttribute('aria-valuenow');
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
/** Advances the clock a year's dwell at a time, letting React schedule each next step. */
const years = (n: number) => Array.from({ length: n }, () => wait(700));

describe('playback', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('steps through the years, dwells on a round, stops at the end', () => {
    open('?year=1997');
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    const { yearMs, roundMs } = playbackTiming(tinyData.firstYear, tinyData.latestYear, roundYears(tinyData));
    wait(yearMs);
    expect(year()).toBe('1998');
    wait(yearMs);
    expect(year()).toBe('1999');
    // 1999 is an enlargement year: it stays longer than an ordinary one.
    wait(yearMs);
    expect(year()).toBe('1999');
    wait(roundMs - yearMs);
    expect(year()).toBe('2000');
    wait(yearMs);
    expect(year()).toBe('2001');
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    years(5);
    expect(year()).toBe('2001');
  });

  it('pauses and keeps the year', () => {
    open('?year=1960');
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    years(2);
    expect(year()).toBe('1962');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    years(5);
    expect(year()).toBe('1962');
  });

  it('stops when Back or Forward lands on the last year while playing, and stays stopped on going back', () => {
    open('?year=1960');
    const at = (search: string) =>
      act(() => {
        window.history.pushState(null, '', `/${search}`);
        window.dispatchEvent(new PopStateEvent('popstate'));
      });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    years(2);
    // The browser's Forward to an address at the last year, as a popstate.
    at(`?year=${tinyData.latestYear}`);
    expect(year()).toBe(String(tinyData.latestYear));
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    // Back to an earlier year: playback does not resume by itself.
    at('?year=1962');
    years(3);
    expect(year()).toBe('1962');
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    // Play plays on from there, at the first press.
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    years(1);
    expect(year()).toBe('1963');
  });

  it('starts from the first year when started at the end', () => {
    open();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(year()).toBe('1949');
  });

  it('adds one history entry for a whole playback, which Back leaves', async () => {
    open('?year=1960');
    const before = window.history.length;
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    years(10);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(year()).toBe('1970');
    expect(window.location.search).toBe('?year=1970');
    expect(window.history.length).toBe(before + 1);
    window.history.back();
    await vi.waitFor(() => expect(year()).toBe('1960'));
  });

  it('toggles with Space on the slider and pauses on any other key or a move by hand', () => {
    open('?year=1960');
    slider().focus();
    fireEvent.keyDown(slider(), { key: ' ' });
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    fireEvent.keyDown(slider(), { key: ' ' });
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();

    fireEvent.keyDown(slider(), { key: ' ' });
    fireEvent.keyDown(slider(), { key: 'ArrowRight' });
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    fireEvent.change(slider(), { target: { value: '1980' } });
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    years(5);
    expect(year()).toBe('1980');
  });
});

describe('round links', () => {
  const round = (name: RegExp) => screen.getByRole('link', { name });
  it('link to the year pages of the years membership changed, and jump to them in place', () => {
    open('?year=1960');
    expect(round(/next round/i).getAttribute('href')).toBe('/1999/');
    expect(round(/previous round/i).getAttribute('href')).toBe('/1949/');
    fireEvent.click(round(/next round/i));
    expect(year()).toBe('1999');
    expect(window.location.search).toBe('?year=1999');
    expect(round(/next round/i).getAttribute('aria-disabled')).toBe('true');
    expect(round(/next round/i).hasAttribute('href')).toBe(false);
    fireEvent.click(round(/previous round/i));
    expect(year()).toBe('1949');
    expect(round(/previous round/i).getAttribute('aria-disabled')).toBe('true');
  });

  it("lead to the year pages of the page's language", () => {
    window.history.replaceState(null, '', '/?year=1960');
    render(<App data={tinyData} geometry={tinyGeometry} strings={fr} />);
    expect(screen.getByRole('link', { name: /vague suivante/i }).getAttribute('href')).toBe('/fr/1999/');
    const marks = screen.getAllByRole('link', { hidden: true }).filter((a) => /^\/fr\/\d{4}\/$/.test(a.getAttribute('href') ?? ''));
    expect(marks.length).toBeGreaterThan(1);
  });

  it('leave a click with a modifier key (a new tab) to the browser', () => {
    open('?year=1960');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    round(/next round/i).dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(year()).toBe('1960');
  });
});

describe('event markers', () => {
  const markers = () => screen.getByRole('listbox', { name: 'Events on the timeline' });
  const options = () => within(markers()).getAllByRole('option');

  it('name each event and, when clicked, jump to its year and highlight it in the list', () => {
    open('?year=1960');
    expect(options().map((b) => b.getAttribute('aria-label'))).toEqual([
      '24 August 1949: treaty-in-force',
      '12 March 1999: Poland, the Czech Republic and Hungary join',
      '1 January 2001: later',
    ]);
    fireEvent.click(within(markers()).getByRole('option', { name: /Hungary join/ }));
    expect(year()).toBe('1999');
    expect(within(markers()).getByRole('option', { selected: true }).getAttribute('aria-label')).toMatch(/Hungary join/);
    const item = within(screen.getByRole('list', { name: 'Events' })).getByRole('listitem');
    expect(item.getAttribute('aria-current')).toBe('true');
    expect(item.className).toContain('event--current');
  });

  it('are one tab stop, walked with the arrow keys without moving the year, picked with Enter', () => {
    open('?year=1960');
    expect(markers().tabIndex).toBe(0);
    expect(options().every((o) => o.tabIndex === -1 && !o.hasAttribute('tabindex'))).toBe(true);
    const active = () => document.getElementById(markers().getAttribute('aria-activedescendant') ?? '');
    expect(active()).toBe(options()[0]);
    markers().focus();
    fireEvent.keyDown(markers(), { key: 'ArrowRight' });
    expect(active()).toBe(options()[1]);
    fireEvent.keyDown(markers(), { key: 'End' });
    expect(active()).toBe(options()[2]);
    expect(year()).toBe('1960');
    fireEvent.keyDown(markers(), { key: 'Home' });
    fireEvent.keyDown(markers(), { key: 'ArrowRight' });
    fireEvent.keyDown(markers(), { key: 'Enter' });
    expect(year()).toBe('1999');
    expect(document.activeElement).toBe(markers());
  });

  it('a click beside the marks picks the nearest one, and one far from them none', () => {
    open('?year=1960');
    // jsdom lays nothing out: the marks are placed along a line by hand, 100 px apart.
    options().forEach((o, i) => {
      o.getBoundingClientRect = () => ({ left: 100 * i, top: 0, width: 8, height: 8, right: 100 * i + 8, bottom: 8 }) as DOMRect;
    });
    fireEvent.click(markers(), { clientX: 112, clientY: 10 });
    expect(year()).toBe('1999');
    fireEvent.click(markers(), { clientX: 160, clientY: 4 });
    expect(year()).toBe('1999');
  });
});
