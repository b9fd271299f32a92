// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { createDataset } from '../../../src/core/domain/dataset';
import type { MapGeometry } from '../../../src/core/geo/geometry';
import { shapePoints } from '../../../src/core/geo/points';
import { strings } from '../../../src/i18n/strings';

const src = { url: 'https://example.org/source', publisher: 'Example source' };
const square = (x: number, size = 10) => `M${x},0L${x + size},0L${x + size},${size}L${x},${size}Z`;

/** A small world with a small state, a joiner, a neutral state and an event with a place. */
const data = createDataset({
  units: [
    { code: 'BEL', periods: [{ parts: ['BEL'] }] },
    { code: 'LUX', periods: [{ parts: ['LUX'] }] },
    { code: 'POL', periods: [{ parts: ['POL'] }] },
    { code: 'AUT', periods: [{ parts: ['AUT'] }] },
  ],
  members: [
    { code: 'BEL', joined: '1949-08-24', round: 1949, source: src },
    { code: 'LUX', joined: '1949-08-24', round: 1949, source: src },
    { code: 'POL', joined: '1999-03-12', round: 1999, source: src },
  ],
  events: [
    { id: 'round-1999', date: '1999-03-12', kind: 'accession', units: ['POL'], source: src },
    { id: 'later', date: '2001-01-01', kind: 'relations', units: [], source: src },
    {
      id: 'allied-force',
      date: '1999-03-24',
      endDate: '1999-06-10',
      kind: 'conflict',
      units: [],
      place: [20, 44],
      source: { url: 'https://example.org/af', publisher: 'Example AF' },
    },
  ],
  disputes: [],
  smallStates: ['LUX'],
});

const shapes = new Map([
  ['BEL#0', square(0)],
  ['LUX#0', square(12, 2)],
  ['POL#0', square(20)],
  ['AUT#0', square(40)],
]);
const geometry: MapGeometry = {
  width: 100,
  height: 50,
  shapes,
  ...shapePoints(shapes),
  disputes: new Map(),
  land: '',
  inset: { x: 90, y: 40, width: 10, height: 10 },
  project: ([lon, lat]) => [lon, lat - 20],
};

function open(search = '?year=1999') {
  window.history.replaceState(null, '', `/${search}`);
  const user = userEvent.setup();
  render(<App data={data} geometry={geometry} strings={strings} />);
  return user;
}
const all = (selector: string) => [...document.querySelectorAll(selector)];
const layer = () => document.querySelector('.zoom-layer')!;

describe('newly joined countries', () => {
  it('are outlined with their own shape in their accession year only', () => {
    open('?year=1999');
    expect(all('.joined-outline').map((p) => p.getAttribute('d'))).toEqual([square(20)]);
    fireEvent.change(screen.getByRole('slider', { name: 'Year' }), { target: { value: '2000' } });
    expect(all('.joined-outline')).toHaveLength(0);
  });
});

describe('small states', () => {
  it('get a marker with the country’s data attributes, outside the tab order and the accessibility tree', () => {
    open('?year=1999');
    const [path, marker] = all('[data-unit="LUX"]');
    expect(path!.tagName).toBe('path');
    expect(marker!.tagName).toBe('circle');
    expect(marker!.getAttribute('data-status')).toBe(path!.getAttribute('data-status'));
    expect(marker!.getAttribute('data-member')).toBe('true');
    expect(marker!.getAttribute('aria-hidden')).toBe('true');
    expect(marker!.hasAttribute('tabindex')).toBe(false);
    expect(screen.getAllByRole('button', { name: /Luxembourg/ })).toHaveLength(1);
  });
});

describe('event markers', () => {
  it('are named by the event title and open a card with date, text and source', async () => {
    const user = open('?year=1999');
    const marker = screen.getByRole('button', { name: 'NATO air campaign against FR Yugoslavia' });
    expect(marker.getAttribute('aria-expanded')).toBe('false');
    await user.click(marker);
    // The card's code loads when the first card opens.
    const card = await screen.findByRole('dialog', { name: 'NATO air campaign against FR Yugoslavia' });
    expect(card.textContent).toMatch(/24 March\W+10 June 1999/);
    expect(within(card).getByRole('link').getAttribute('href')).toBe('https://example.org/af');
    expect(marker.getAttribute('aria-expanded')).toBe('true');
  });

  it('open with Enter; Escape closes the card and returns to the marker', async () => {
    const user = open('?year=1999');
    const marker = screen.getByRole('button', { name: 'NATO air campaign against FR Yugoslavia' });
    marker.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(marker);
  });

  it('are shown only in the event’s year', () => {
    open('?year=2000');
    // The slider's event marks stay on the track in every year; the map's pin does not.
    expect(document.querySelector('[data-event="allied-force"]')).toBeNull();
  });

  it('match the year’s list items by id', () => {
    open('?year=1999');
    const list = screen.getByRole('list', { name: 'Events' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.id),
    ).toEqual(['event-round-1999', 'event-allied-force']);
  });
});

describe('the tooltip', () => {
  const tooltip = () => document.querySelector('.map-tooltip');
  const pol = () => document.querySelector('path[data-unit="POL"]')!;

  it('shows the name and status under a mouse and goes when it leaves the map', () => {
    open('?year=1999');
    fireEvent.pointerMove(pol(), { pointerType: 'mouse' });
    expect(tooltip()?.textContent).toBe('Poland, joined on 12 March 1999');
    fireEvent.pointerLeave(document.querySelector('svg.map')!, { pointerType: 'mouse' });
    expect(tooltip()).toBeNull();
  });

  it('shows under a finger only while it presses, so nothing sticks after a tap', () => {
    open('?year=1999');
    fireEvent.pointerMove(pol(), { pointerType: 'touch' });
    expect(tooltip()).toBeNull();
    fireEvent.pointerDown(pol(), { pointerType: 'touch' });
    expect(tooltip()?.textContent).toBe('Poland, joined on 12 March 1999');
    fireEvent.pointerUp(pol(), { pointerType: 'touch' });
    expect(tooltip()).toBeNull();
  });
});

describe('the zoom buttons', () => {
  it('zoom the map by a transform and back to the whole map', async () => {
    const user = open('?year=1999');
    const d = all('path[data-unit]').map((p) => p.getAttribute('d'));
    expect(screen.getByRole('button', { name: 'Zoom out' }).getAttribute('aria-disabled')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(layer().getAttribute('transform')).toBe('translate(-50 -25) scale(2)');
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(layer().getAttribute('transform')).toBe('translate(-150 -75) scale(4)');
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(layer().getAttribute('transform')).toBe('translate(-50 -25) scale(2)');
    await user.click(screen.getByRole('button', { name: 'Show the whole map' }));
    expect(layer().getAttribute('transform')).toBe('translate(0 0) scale(1)');
    expect(all('path[data-unit]').map((p) => p.getAttribute('d'))).toEqual(d);
  });
});

describe('keyboard focus on a small state', () => {
  it('shows on its marker, since the tiny path’s own focus ring is hard to see', () => {
    open('?year=1999');
    const [path, marker] = all('[data-unit="LUX"]') as SVGElement[];
    expect(marker!.classList.contains('small-state--focus')).toBe(false);
    fireEvent.focus(path!);
    expect(marker!.classList.contains('small-state--focus')).toBe(true);
    fireEvent.blur(path!);
    expect(marker!.classList.contains('small-state--focus')).toBe(false);
  });
});

describe('keyboard focus in a zoomed map', () => {
  it('pans a focused country that was out of view into view', async () => {
    const user = open('?year=1999');
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(layer().getAttribute('transform')).toBe('translate(-150 -75) scale(4)');
    fireEvent.focus(document.querySelector('path[data-unit="AUT"]')!);
    expect(layer().getAttribute('transform')).toBe('translate(-130 0) scale(4)');
  });
});
