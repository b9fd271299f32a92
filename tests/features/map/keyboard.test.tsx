// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
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
const unit = (code: string) => document.querySelector<SVGElement>(`[data-unit="${code}"]`) as SVGElement;
const focused = () => document.activeElement?.getAttribute('data-unit');

// The tiny world is one row of squares, west to east: BEL, POL, AUT, CZE.
describe('keyboard on the map', () => {
  it('is a single Tab stop, between the lens switch and the zoom buttons', async () => {
    const user = open('?year=2000');
    // First the skip links, to the map and to the slider.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Skip to map' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Skip to year slider' }));
    // Then the language picker's links, each language named in itself.
    for (const link of within(screen.getByRole('navigation', { name: 'Language' })).getAllByRole('link')) {
      await user.tab();
      expect(document.activeElement).toBe(link);
    }
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Table' }));
    // The lens switch, over the map: one Tab stop, its checked radio; the arrow keys move between lenses.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'NATO' }));
    await user.tab();
    expect(document.activeElement?.getAttribute('data-unit')).toBe('BEL');
    expect(document.querySelectorAll('[data-unit][tabindex="0"]')).toHaveLength(1);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Zoom in' }));
  });

  it('moves between countries with the arrow keys, Home and End', async () => {
    const user = open('?year=2000');
    unit('BEL').focus();
    await user.keyboard('{ArrowRight}');
    expect(focused()).toBe('POL');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(focused()).toBe('CZE');
    await user.keyboard('{ArrowRight}');
    expect(focused()).toBe('CZE');
    await user.keyboard('{ArrowLeft}');
    expect(focused()).toBe('AUT');
    await user.keyboard('{Home}');
    expect(focused()).toBe('BEL');
    await user.keyboard('{End}');
    expect(focused()).toBe('CZE');
    expect(unit('CZE').getAttribute('tabindex')).toBe('0');
    expect(unit('BEL').getAttribute('tabindex')).toBe('-1');
  });

  it('opens the focused country with Enter and returns to it on Escape', async () => {
    const user = open('?year=2000');
    unit('BEL').focus();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(await screen.findByRole('region', { name: /Poland/ })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: /Poland/ })).toBeNull();
    expect(focused()).toBe('POL');
    expect(unit('POL').getAttribute('tabindex')).toBe('0');
  });

  it('draws a focus ring above the map for the focused country', async () => {
    const user = open('?year=2000');
    unit('AUT').focus();
    await user.keyboard('{ArrowRight}');
    const ring = document.querySelectorAll('.focus-ring path');
    expect(ring).toHaveLength(2);
    expect(ring[0]!.getAttribute('d')).toBe(unit('CZE').getAttribute('d'));
    await user.tab();
    expect(document.querySelector('.focus-ring')).toBeNull();
  });

  it('keeps a Tab stop when the focused country ceases to exist', async () => {
    const user = open('?year=1992');
    unit('CSK').focus();
    await user.keyboard('{End}');
    expect(focused()).toBe('CSK');
    fireEvent.change(screen.getByRole('slider', { name: 'Year' }), { target: { value: '1993' } });
    expect(unit('CSK')).toBeNull();
    expect(document.querySelectorAll('[data-unit][tabindex="0"]')).toHaveLength(1);
  });
});
