// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../../src/app/App';
import { tinyData, tinyGeometry } from '../../fixtures/tiny';
import { strings } from '../../../src/i18n/strings';

function open(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  render(<App data={tinyData} geometry={tinyGeometry} strings={strings} />);
}

describe('the year in brief', () => {
  it('tells the year’s change, then each event with its date and a link to its source', () => {
    open('?year=1999');
    const brief = screen.getByRole('heading', { name: '1999 in brief' }).parentElement!;
    expect(brief.textContent).toContain('1999: Czech Republic and Poland joined — 3 members.');
    expect(brief.textContent).toContain('12 March 1999:');
    const source = within(brief).getByRole('link', { name: /Example 1999/ });
    expect(source.getAttribute('href')).toBe('https://example.org/1999');
    expect(source.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('follows the year, and says so when nothing happened', () => {
    open('?year=1999');
    fireEvent.change(screen.getByRole('slider', { name: 'Year' }), { target: { value: '1960' } });
    return screen.findByRole('heading', { name: '1960 in brief' }).then(({ parentElement: brief }) => {
      expect(within(brief!).queryAllByRole('link')).toHaveLength(0);
      expect(brief!.textContent).toMatch(/^1960 in brief1960: no change/);
    });
  });
});
