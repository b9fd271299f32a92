// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { createDataset } from '../../src/core/domain/dataset';
import { tinyData, tinyGeometry } from '../fixtures/tiny';
import { strings } from '../../src/i18n/strings';

const src = { url: 'https://example.org/eu', publisher: 'Example EU' };
/** The tiny world with the EU and steps towards NATO: Belgium in the EEC from 1958, Austria from 1995, Poland from 2004. */
const data = createDataset({
  units: tinyData.units,
  members: tinyData.members,
  events: tinyData.events,
  disputes: [],
  eu: {
    enlargements: [
      { date: '1958-01-01', units: ['BEL'], source: src },
      { date: '1995-01-01', units: ['AUT'], source: src },
      { date: '2000-05-01', units: ['POL'], source: src },
    ],
  },
  paths: {
    partners: [
      { code: 'POL', pfp: '1994-02-02', source: src },
      { code: 'AUT', pfp: '1995-02-10', source: src },
    ],
    invitations: [{ date: '1997-07-08', units: ['POL', 'CZE'], source: src }],
  },
});

function open(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const user = userEvent.setup();
  render(<App data={data} geometry={tinyGeometry} strings={strings} />);
  return user;
}
const unit = (code: string) => document.querySelector(`[data-unit="${code}"]`);
/** Back, as the browser's button: resolves once the app has seen the popstate. */
const back = () =>
  act(async () => {
    const seen = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await seen;
  });
const legend = () => [...document.querySelectorAll('[data-legend] [data-legend-key]')].map((li) => li.getAttribute('data-legend-key'));

describe('the lens switch', () => {
  it('is a named group of radios, NATO by default', () => {
    open('?year=2000');
    const group = screen.getByRole('group', { name: 'Colours show' });
    expect((within(group).getByRole('radio', { name: 'NATO' }) as HTMLInputElement).checked).toBe(true);
    // Austria is drawn as a partner, not as a plain non-member: the legend says so.
    expect(legend()).toEqual(['member', 'partner']);
    expect(document.querySelector('svg.map')?.getAttribute('class')).toContain('map--nato');
  });

  it('shows the EU: legend, count, caption, names and address follow; Back restores NATO', async () => {
    const user = open('?year=2000');
    await user.click(screen.getByRole('radio', { name: 'EU' }));
    expect(window.location.search).toBe('?year=2000&lens=eu');
    expect(document.querySelector('svg.map')?.getAttribute('class')).toContain('map--eu');
    expect(legend()).toEqual(['eu-member', 'eu-joined', 'eu-non-member']);
    expect(document.querySelector('[data-eu-count]')?.getAttribute('data-eu-count')).toBe('3');
    // NATO's count stays, as the contract has it.
    expect(document.querySelector('[data-member-count]')?.getAttribute('data-member-count')).toBe('3');
    expect(unit('POL')?.getAttribute('aria-label')).toBe('Poland, joined the EU on 1 May 2000');
    expect(document.querySelector('.change-caption')?.textContent).toMatch(/2000: one state joined the EU \(Poland\)/);
    await user.click(screen.getByRole('radio', { name: 'Both' }));
    expect(window.location.search).toBe('?year=2000&lens=both');
    expect(legend()).toEqual(['both', 'nato-only', 'eu-only']);
    await back();
    expect(window.location.search).toBe('?year=2000&lens=eu');
    expect((screen.getByRole('radio', { name: 'EU' }) as HTMLInputElement).checked).toBe(true);
    await back();
    expect(window.location.search).toBe('?year=2000');
    expect((screen.getByRole('radio', { name: 'NATO' }) as HTMLInputElement).checked).toBe(true);
    expect(legend()).toEqual(['member', 'partner']);
  });

  it('opens from the address, and an unknown lens falls back to NATO with a notice', () => {
    open('?year=2000&lens=banana');
    expect((screen.getByRole('radio', { name: 'NATO' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('status').textContent).toMatch(/banana/);
  });

  it('keeps data-eu and data-status on every unit, in every lens', async () => {
    const user = open('?year=1996');
    for (const lens of ['EU', 'Both', 'NATO']) {
      await user.click(screen.getByRole('radio', { name: lens }));
      expect(unit('BEL')?.getAttribute('data-eu')).toBe('true');
      expect(unit('POL')?.getAttribute('data-eu')).toBe('false');
      expect(unit('POL')?.getAttribute('data-status')).toBe('non-member partner');
      expect(unit('AUT')?.getAttribute('data-eu')).toBe('true');
    }
    expect(legend()).toEqual(['member', 'partner', 'non-member']);
  });

  it('the table view of the EU lens sets NATO and EU dates side by side, for every state in both', async () => {
    const user = open('?year=2000&lens=eu');
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = await screen.findByRole('table', { name: /NATO and EU: dates side by side/ });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['24 August 1949', '1 January 1958', 'NATO first by 9'],
      ['12 March 1999', '1 May 2000', 'NATO first by 1'],
    ]);
    expect(within(table).getByRole('rowheader', { name: 'Belgium' })).toBeTruthy();
  });
});
