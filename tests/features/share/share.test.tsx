// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
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

afterEach(() => vi.unstubAllGlobals());

describe('embed mode', () => {
  it('is off for any value but 1', () => {
    open('?embed=true');
    expect(screen.getByRole('list', { name: 'Events' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Open the full map/ })).toBeNull();
  });
});

describe('Copy link', () => {
  it('copies the year shown while the slider is still settling, before the address names it', async () => {
    const user = open('?year=1999');
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const slider = screen.getByRole('slider', { name: 'Year' });
    fireEvent.change(slider, { target: { value: '2000' } });
    fireEvent.change(slider, { target: { value: '2001' } });
    expect(window.location.search).toBe('?year=2000');
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    // 2001 is the latest year of the test data: its address names no year.
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/`);
  });

  it('shows the address selected in a read-only field when the clipboard refuses', async () => {
    const user = open('?year=1999');
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = screen.getByRole('textbox', { name: 'Link to this view' }) as HTMLInputElement;
    expect(field.value).toBe(`${window.location.origin}/?year=1999`);
    expect(field.readOnly).toBe(true);
    expect(document.activeElement).toBe(field);
    expect(screen.getByText(/did not let us copy/).getAttribute('role')).toBe('status');
  });

  it('shows the address selected, ready to copy by hand, where there is no clipboard at all', async () => {
    const user = open('?year=1955');
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = screen.getByRole('textbox', { name: 'Link to this view' }) as HTMLInputElement;
    expect(field.value).toBe(`${window.location.origin}/?year=1955`);
    expect(document.activeElement).toBe(field);
    expect(field.value.slice(field.selectionStart!, field.selectionEnd!)).toBe(field.value);
    expect(screen.getByText(/did not let us copy/).getAttribute('role')).toBe('status');
  });
});

describe('Embed', () => {
  it('gives the code for the view shown when it opens, after the slider has moved', async () => {
    // jsdom has no modal dialogs: opening one here only sets `open`.
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.open = true;
    };
    const user = open('?year=1999&country=POL');
    fireEvent.change(screen.getByRole('slider', { name: 'Year' }), { target: { value: '1990' } });
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    // The codes load when the dialog first opens.
    await screen.findByRole('textbox', { name: /Responsive/ });
    for (const name of [/Fixed size, 800 × 600/, /Responsive/]) {
      const code = (screen.getByRole('textbox', { name }) as HTMLTextAreaElement).value;
      expect(code).toContain('year=1990');
      expect(code).toContain('country=POL');
      expect(code).toContain('embed=1');
      expect(code).toContain('title="Map of NATO members in 1990"');
    }
    expect((screen.getByRole('textbox', { name: /Responsive/ }) as HTMLTextAreaElement).value).toContain('width:100%');
    expect(screen.getAllByRole('button', { name: 'Copy code' })).toHaveLength(2);
    delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).showModal;
  });
});
