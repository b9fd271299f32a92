// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../../src/app/App';
import { dataset } from '../../../src/data/dataset';
import { yearAnnouncement } from '../../../src/core/view/announcement';
import { tinyData, tinyGeometry } from '../../fixtures/tiny';
import { strings } from '../../../src/i18n/strings';

afterEach(() => vi.useRealTimers());

describe('yearAnnouncement', () => {
  it.each([
    [1949, '1949: 12 members, 12 joined'],
    [1950, '1950: 12 members'],
    [1999, '1999: 19 members, 3 joined'],
    [2004, '2004: 26 members, 7 joined'],
    [2024, '2024: 32 members, 1 joined'],
  ])('%i', (year, text) => {
    expect(yearAnnouncement(dataset, year, strings)).toBe(text);
  });
});

describe('the live region', () => {
  const live = () => document.querySelector('[aria-live="polite"][data-announcer]')!;

  it('is silent on load and during a drag, then announces the year it settles on, once', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?year=2001');
    render(<App data={tinyData} geometry={tinyGeometry} strings={strings} />);
    const slider = screen.getByRole('slider', { name: 'Year' });
    act(() => vi.advanceTimersByTime(1000));
    expect(live().textContent).toBe('');
    for (const year of [2000, 1999, 1998, 1999]) {
      fireEvent.change(slider, { target: { value: String(year) } });
      act(() => vi.advanceTimersByTime(50));
      expect(live().textContent).toBe('');
    }
    act(() => vi.advanceTimersByTime(1000));
    expect(live().textContent).toBe('1999: 3 members, 2 joined');
  });
});
