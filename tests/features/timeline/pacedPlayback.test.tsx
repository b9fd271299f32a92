// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../../src/app/App';
import { dataset } from '../../../src/data/dataset';
import { roundYears } from '../../../src/core/domain/rounds';
import { strings } from '../../../src/i18n/strings';
import { holdYears, playbackDelay, playbackDuration, playbackTiming } from '../../../src/features/timeline/playback';
import { mapGeometry } from '../../fixtures/realGeometry';

vi.setConfig({ testTimeout: 60_000 });
const holds = holdYears(roundYears(dataset), dataset.turningPoints);
const timing = playbackTiming(dataset.firstYear, dataset.latestYear, holds);
const delay = (y: number) => playbackDelay(y, holds, timing);
const year = () => Number(screen.getByRole('slider', { name: 'Year' }).getAttribute('aria-valuenow'));
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('a full playback on the real data', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('goes from 1949 to the latest year in the computed total, holding each year its own dwell', () => {
    window.history.replaceState(null, '', '/?year=1949');
    render(<App data={dataset} geometry={mapGeometry} strings={strings} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    let elapsed = 0;
    for (let y = dataset.firstYear; y < dataset.latestYear; y++) {
      expect(year()).toBe(y);
      wait(delay(y) - 1);
      expect(year(), `still ${y} just before its dwell ends`).toBe(y);
      wait(1);
      elapsed += delay(y);
    }
    expect(year()).toBe(dataset.latestYear);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    expect(elapsed).toBe(playbackDuration(dataset.firstYear, dataset.latestYear, delay));
    expect(elapsed).toBeGreaterThanOrEqual(25_000);
    expect(elapsed).toBeLessThanOrEqual(35_000);
  });
});
