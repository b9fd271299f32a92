// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/app/App';
import { start } from '../../src/app/boot/start';
import { strings } from '../../src/i18n/strings';
import { tinyData, tinyGeometry } from '../fixtures/tiny';

function boot(load: () => Promise<typeof tinyGeometry>, prepare?: () => Promise<void>) {
  // A fresh page: roots of earlier tests are not React Testing Library's to clean up.
  document.body.replaceChildren();
  const container = document.createElement('div');
  document.body.append(container);
  return act(() => start({ container, load, page: (geometry) => <App data={tinyData} geometry={geometry} strings={strings} />, hydrate: false, text: strings.pages.loading, prepare }));
}

describe('starting the app', () => {
  it('draws the map once the map data has loaded', async () => {
    await boot(async () => tinyGeometry);
    await waitFor(() => expect(document.querySelector('[data-unit="POL"]')).not.toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each([
    ['rejects', () => Promise.reject(new Error('no time'))],
    ['throws before it starts', () => {
      throw new Error('no address');
    }],
  ])('draws the map when the work prepared ahead of the first render %s', async (_, prepare: () => Promise<void>) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await boot(async () => tinyGeometry, prepare);
    await waitFor(() => expect(document.querySelector('[data-unit="POL"]')).not.toBeNull());
    expect(console.error).toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});
