// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, renderHook, screen } from '@testing-library/react';
import { useSettledValue } from '../../../src/shared/useSettledValue';
import { ErrorBoundary } from '../../../src/app/ErrorBoundary';
import { strings } from '../../../src/i18n/strings';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useSettledValue', () => {
  it('reports nothing for the first value, then only the value a drag settles on', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ v }) => useSettledValue(v, 750), { initialProps: { v: 2024 } });
    act(() => vi.advanceTimersByTime(2000));
    expect(result.current).toBeUndefined();
    for (const v of [2020, 2010, 2004]) {
      rerender({ v });
      act(() => vi.advanceTimersByTime(100));
      expect(result.current).toBeUndefined();
    }
    act(() => vi.advanceTimersByTime(650));
    expect(result.current).toBe(2004);
    rerender({ v: 2024 });
    act(() => vi.advanceTimersByTime(750));
    expect(result.current).toBe(2024);
  });
});

describe('the error boundary', () => {
  it('shows a message and a reload link instead of a blank page when rendering throws', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    window.history.replaceState(null, '', '/?year=1999&country=POL');
    function Broken(): never {
      throw new Error('boom');
    }
    render(
      <ErrorBoundary text={strings.ui.error}>
        <Broken />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Something went wrong');
    // Reloads the default view, in case the address itself led to the failure.
    expect(screen.getByRole('link', { name: 'Reload the map' }).getAttribute('href')).toBe('/');
    vi.mocked(console.error).mockRestore();
  });
});
