// @vitest-environment jsdom
// First: it must be in place before react-dom loads.
import { takeRenders } from '../renderCount';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { fakeClock } from '../fakeClock';
import { App } from '../../src/app/App';
import { dataset } from '../../src/data/dataset';
import { strings } from '../../src/i18n/strings';
import { yearViews } from '../../src/core/view/yearViews';
import { layoutLabels } from '../../src/core/view/labels/mapLabels';
import { DEFAULT_SIZE_CLASS, labelSizes } from '../../src/features/map/labelSizes';
import type { DrawnItem } from '../../src/core/view/yearView';
import { mapGeometry } from '../fixtures/realGeometry';

// Mounting the real map is slow in jsdom on a busy machine; the tests count renders, never time.
vi.setConfig({ testTimeout: 30_000 });

/** Opens the real map on `from` and moves the slider one year on, as a keyboard step does. */
function step(from: number) {
  window.history.replaceState(null, '', `/?year=${from}`);
  render(<App data={dataset} geometry={mapGeometry} strings={strings} />);
  takeRenders();
  fireEvent.change(screen.getByRole('slider', { name: 'Year' }), { target: { value: String(from + 1) } });
  // The step followed by the map, the heading and the panels (one taken on its own: no wait).
  expect(document.querySelector('[data-member-count]')?.getAttribute('data-member-count')).toBe(
    String(yearViews.view(dataset, from + 1, strings).count),
  );
  return takeRenders();
}

/** How many of the items in both years draw differently in the second (new ones mount, not counted). */
function changed<T>(before: T[], after: T[], key: (x: T) => string, same: (a: T, b: T) => boolean): number {
  const old = new Map(before.map((x) => [key(x), x]));
  return after.filter((x) => {
    const o = old.get(key(x));
    return o !== undefined && !same(o, x);
  }).length;
}

const sameUnit = (a: DrawnItem, b: DrawnItem) =>
  a.status === b.status &&
  a.statusTokens === b.statusTokens &&
  a.label === b.label &&
  a.eu === b.eu &&
  a.euStatus === b.euStatus &&
  a.path === b.path;

/** The elements React updated that match `selector` (or sit in one). */
const within = (elements: Set<Element>, selector: string) => [...elements].filter((e) => e.closest(selector));

describe('a slider step renders again only what it changes', () => {
  // A year in which three countries join, and the year after, when they become plain members.
  for (const from of [1998, 1999]) {
    it(`from ${from} to ${from + 1}`, () => {
      const { elements } = step(from);
      const before = yearViews.view(dataset, from, strings);
      const after = yearViews.view(dataset, from + 1, strings);

      // The units: only those whose colours, pattern or name change.
      const units = changed(before.units, after.units, (u) => u.shapeId, sameUnit);
      expect(units).toBeGreaterThan(0);
      expect(within(elements, 'path.unit').length).toBe(units);

      // The small states' markers: the same.
      const small = (v: typeof before) => v.units.filter((u) => dataset.smallStates.has(u.code) && !u.inset);
      const markers = changed(small(before), small(after), (u) => u.shapeId, sameUnit);
      expect(within(elements, 'circle.small-state').length).toBe(markers);
      expect(within(elements, '.small-states g').length).toBe(markers);

      // The member list: the members of both years are written the same, so none is touched.
      const members = changed(
        yearViews.members(dataset, from, strings),
        yearViews.members(dataset, from + 1, strings),
        (m) => m.code,
        (a, b) => a.text === b.text,
      );
      expect(within(elements, '.member-list li').length).toBe(members);

      // The names on the map: only those placed or worded otherwise.
      const size = labelSizes(mapGeometry.width)[DEFAULT_SIZE_CLASS]!;
      const placed = (v: typeof before) => {
        const p = layoutLabels(mapGeometry, v.labels, size);
        return [...p.main, ...p.inset];
      };
      const labels = changed(
        placed(before),
        placed(after),
        (l) => l.code,
        (a, b) => JSON.stringify({ ...a, box: 0 }) === JSON.stringify({ ...b, box: 0 }),
      );
      expect(placed(after).length).toBeGreaterThan(labels);
      expect(within(elements, 'text.map-label').length).toBe(labels);
    });
  }
});

describe('a drag', () => {
  afterEach(() => vi.useRealTimers());

  it('leaves the language links and the fixed text alone until it stops, then points the links at the year reached', () => {
    fakeClock();
    window.history.replaceState(null, '', '/?year=1960');
    render(<App data={dataset} geometry={mapGeometry} strings={strings} />);
    const slider = screen.getByRole('slider', { name: 'Year' });
    const links = () => [...document.querySelectorAll<HTMLAnchorElement>('.language-picker a')];
    act(() => vi.advanceTimersByTime(1000));
    // The drag's first step comes after a pause: the whole page follows it, links included.
    fireEvent.change(slider, { target: { value: '1961' } });
    act(() => vi.advanceTimersByTime(40));
    takeRenders();
    for (const year of [1962, 1963]) {
      fireEvent.change(slider, { target: { value: String(year) } });
      act(() => vi.advanceTimersByTime(40));
    }
    const { elements } = takeRenders();
    // The map's year and the heading followed every step…
    expect(document.querySelector('.year-heading__year')?.textContent).toBe('1963');
    expect(within(elements, '.year-heading').length).toBeGreaterThan(0);
    // …the language links did not move, nor anything that never changes with the year.
    expect(within(elements, '.language-picker')).toEqual([]);
    expect(within(elements, '.skip-links, .app__header h1, .no-script-note, .app__intro, .app__footer > p, .event-key')).toEqual([]);
    expect(within(elements, 'rect.sea, path.land, rect.inset__frame')).toEqual([]);
    act(() => vi.advanceTimersByTime(150));
    expect(links().length).toBeGreaterThan(1);
    for (const a of links()) expect(a.getAttribute('href')).toMatch(/1963/);
  });
});
