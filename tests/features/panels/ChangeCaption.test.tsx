// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ChangeCaption } from '../../../src/features/panels/ChangeCaption';

const LABEL = 'Show the whole sentence';
const LONG = '2004: Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia joined — 26 members';

/**
 * jsdom lays nothing out: an IntersectionObserver that reports the sentence's end mark inside its
 * caption's box (it fits) or outside it (cut short), as the browser would after drawing it.
 */
const observers: { report: (inside: boolean) => void; root: Element | null | undefined }[] = [];
class FakeObserver {
  constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
    observers.push({
      root: options?.root as Element | null | undefined,
      report: (inside) =>
        act(() => callback([{ isIntersecting: inside } as IntersectionObserverEntry], this as unknown as IntersectionObserver)),
    });
  }
  observe() {}
  disconnect() {}
}
beforeEach(() => {
  observers.length = 0;
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => vi.unstubAllGlobals());
const textFits = (fits: boolean) => observers.at(-1)!.report(fits);

const whole = () => screen.getByRole('button', { name: LABEL });
const shownWhole = () => document.querySelector('.change-caption')?.hasAttribute('data-whole');

describe('the year’s caption', () => {
  it('has no button when the sentence fits its line', () => {
    render(<ChangeCaption text="2013: no change — 28 members" wholeLabel={LABEL} />);
    // Watched within the caption's own box.
    expect(observers.at(-1)!.root).toBe(document.querySelector('.change-caption'));
    textFits(true);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers a sentence its line cuts short whole, and takes it back with the button or Escape', () => {
    render(<ChangeCaption text={LONG} wholeLabel={LABEL} />);
    expect(screen.queryByRole('button')).toBeNull();
    textFits(false);
    expect(whole().getAttribute('aria-expanded')).toBe('false');
    expect(shownWhole()).toBe(false);
    fireEvent.click(whole());
    expect(whole().getAttribute('aria-expanded')).toBe('true');
    expect(shownWhole()).toBe(true);
    fireEvent.click(whole());
    expect(shownWhole()).toBe(false);
    fireEvent.click(whole());
    act(() => void document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })));
    expect(shownWhole()).toBe(false);
    expect(whole().getAttribute('aria-expanded')).toBe('false');
  });

  it('starts the next year’s sentence cut again, and has no button while the timeline plays', () => {
    const { rerender } = render(<ChangeCaption text={LONG} wholeLabel={LABEL} />);
    textFits(false);
    fireEvent.click(whole());
    rerender(<ChangeCaption text={LONG.replace('2004', '2005')} wholeLabel={LABEL} />);
    expect(shownWhole()).toBe(false);
    fireEvent.click(whole());
    rerender(<ChangeCaption text={LONG.replace('2004', '2005')} wholeLabel={LABEL} playing />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(shownWhole()).toBe(false);
  });

  it('drops the button once a sentence fits', () => {
    const { rerender } = render(<ChangeCaption text={LONG} wholeLabel={LABEL} />);
    textFits(false);
    expect(whole()).toBeTruthy();
    rerender(<ChangeCaption text="2013: no change — 28 members" wholeLabel={LABEL} />);
    textFits(true);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
