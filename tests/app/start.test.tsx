// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { pageShapes } from '../../src/app/boot/pageShapes';
import { start } from '../../src/app/boot/start';
import { fromParts, type MapMeta } from '../../src/core/geo/geometryData';
import { strings } from '../../src/i18n/strings';
import { tinyData, tinyGeometry } from '../fixtures/tiny';

function boot(load: () => Promise<typeof tinyGeometry>, prepare?: () => Promise<void>) {
  // A fresh page: roots of earlier tests are not React Testing Library's to clean up.
  document.body.replaceChildren();
  const container = document.createElement('div');
  document.body.append(container);
  return act(() =>
    start({
      container,
      load,
      page: (geometry) => <App data={tinyData} geometry={geometry} strings={strings} />,
      hydrate: false,
      text: strings.pages.loading,
      prepare,
    }),
  );
}

describe('starting the app', () => {
  it('draws the map once the map data has loaded', async () => {
    await boot(async () => tinyGeometry);
    await waitFor(() => expect(document.querySelector('[data-unit="POL"]')).not.toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each([
    ['rejects', () => Promise.reject(new Error('no time'))],
    [
      'throws before it starts',
      () => {
        throw new Error('no address');
      },
    ],
  ])('draws the map when the work prepared ahead of the first render %s', async (_, prepare: () => Promise<void>) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await boot(async () => tinyGeometry, prepare);
    await waitFor(() => expect(document.querySelector('[data-unit="POL"]')).not.toBeNull());
    expect(console.error).toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});

describe('starting on a pre-rendered page', () => {
  const { width, height, inset } = tinyGeometry;
  const meta = {
    width,
    height,
    inset,
    centroids: Object.fromEntries(tinyGeometry.centroids),
    anchors: Object.fromEntries(tinyGeometry.anchors),
    extents: Object.fromEntries(tinyGeometry.extents),
  } as MapMeta;
  // The page drawn for 1999: its own paths, without Czechoslovakia's (it ended in 1992).
  function prerendered() {
    document.body.replaceChildren();
    window.history.replaceState(null, '', '/?year=1999');
    const container = document.createElement('div');
    const page = { ...tinyGeometry, shapes: new Map([...tinyGeometry.shapes].filter(([id]) => id !== 'CSK#0')) };
    container.innerHTML = renderToString(
      <App data={tinyData} geometry={page} strings={strings} at={{ pathname: '/', search: '?year=1999' }} />,
    );
    document.body.append(container);
    return container;
  }

  /** Starts the app on the page as main.tsx does: hydrating with the paths the page holds, `load` fetching the rest. */
  const hydrate = (container: HTMLElement, load: () => Promise<typeof tinyGeometry>) =>
    act(() =>
      start({
        container,
        first: fromParts(meta, [pageShapes(container, tinyData, 1999)]),
        load,
        page: (geometry) => <App data={tinyData} geometry={geometry} strings={strings} />,
        hydrate: true,
        text: strings.pages.loading,
      }),
    );

  it('reads the paths the page holds, by the units of its year', () => {
    const held = pageShapes(prerendered(), tinyData, 1999);
    expect(Object.keys(held.shapes).sort()).toEqual(['AUT#0', 'BEL#0', 'CZE#0', 'POL#0']);
    expect(held.shapes['POL#0']).toBe(tinyGeometry.shapes.get('POL#0'));
  });

  it('hydrates with those paths at once, then draws earlier borders once the map data arrives', async () => {
    const container = prerendered();
    let arrive!: (g: typeof tinyGeometry) => void;
    const load = vi.fn(() => new Promise<typeof tinyGeometry>((resolve) => (arrive = resolve)));
    await hydrate(container, load);
    await waitFor(() => expect(container.getAttribute('data-ready')).toBe('true'));
    fireEvent.change(screen.getByRole('slider', { name: 'Year' }), { target: { value: '1985' } });
    expect(document.querySelector('[data-unit="CSK"]')?.getAttribute('d')).toBe('');
    await act(async () => arrive(tinyGeometry));
    await waitFor(() => expect(document.querySelector('[data-unit="CSK"]')?.getAttribute('d')).toBe(tinyGeometry.shapes.get('CSK#0')));
  });

  it('keeps the page working when the rest of the map fails to load, and Retry loads it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const container = prerendered();
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce(tinyGeometry);
    await hydrate(container, load);
    expect((await screen.findByRole('alert')).textContent).toContain('could not be loaded');
    expect(document.querySelector('[data-unit="POL"]')?.getAttribute('data-status')).toBe('joined');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    expect(screen.queryByRole('alert')).toBeNull();
    vi.restoreAllMocks();
  });
});
