// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { tinyData, tinyGeometry } from '../../fixtures/tiny';
import { strings } from '../../../src/i18n/strings';

function open(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const user = userEvent.setup();
  render(<App data={tinyData} geometry={tinyGeometry} strings={strings} />);
  return user;
}
const names = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((c) => c.textContent);

// Role queries over a whole table are slow in jsdom; a busy machine must not fail them.
const WAIT = { timeout: 10_000 };
describe('the table view', { timeout: 20_000 }, () => {
  // The view's module, fetched when first shown, loaded once here: the page waits for it, not
  // the test for a first transform of the module on a busy machine.
  beforeAll(() => import('../../../src/features/table/UnitTable'));

  it('replaces the map with a table of the same year, sortable', async () => {
    const user = open('?year=1999');
    const toggle = screen.getByRole('button', { name: 'Table' });
    await user.click(toggle);
    // The same button, now named for the view it goes back to.
    expect(toggle.textContent).toBe('Map');
    // Fetched when first shown (not part of the first load).
    const table = await screen.findByRole('table', { name: 'Countries and territories on 31 December 1999' }, WAIT);
    expect(names(table)).toEqual(['Austria', 'Belgium', 'Czech Republic', 'Poland']);
    const poland = within(table).getByRole('row', { name: /Poland/ });
    expect(
      within(poland)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['joined this year', '12 March 1999', '1999 enlargement', '—']);

    const joined = within(table).getByRole('columnheader', { name: /Accession date/ });
    expect(joined.getAttribute('aria-sort')).toBe('none');
    await user.click(within(joined).getByRole('button'));
    expect(joined.getAttribute('aria-sort')).toBe('ascending');
    expect(names(table)).toEqual(['Belgium', 'Czech Republic', 'Poland', 'Austria']);
    await user.click(within(joined).getByRole('button'));
    expect(joined.getAttribute('aria-sort')).toBe('descending');
    expect(names(table)[0]).toBe('Czech Republic');
  });

  it('follows the slider', async () => {
    const user = open('?year=1999');
    await user.click(screen.getByRole('button', { name: 'Table' }));
    await screen.findByRole('table', {}, WAIT);
    fireEvent.change(screen.getByRole('slider', { name: 'Year' }), { target: { value: '1992' } });
    const table = screen.getByRole('table', { name: /1992/ });
    expect(names(table)).toEqual(['Austria', 'Belgium', 'Czechoslovakia', 'Poland']);
    expect(within(table).getByRole('row', { name: /Poland/ }).textContent).toContain('not a member');
  });

  it('opens a country from the table and returns focus to its row on Escape', async () => {
    const user = open('?year=2000');
    await user.click(screen.getByRole('button', { name: 'Table' }));
    await user.click(await screen.findByRole('button', { name: 'Poland' }, WAIT));
    expect(await screen.findByRole('region', { name: /Poland/ }, WAIT)).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: /Poland/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Poland' }));
  });

  it('goes back to the map', async () => {
    const user = open();
    await user.click(screen.getByRole('button', { name: 'Table' }));
    await screen.findByRole('table', {}, WAIT);
    await user.click(screen.getByRole('button', { name: 'Map' }));
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('button', { name: 'Table' })).toBeTruthy();
  });
});
