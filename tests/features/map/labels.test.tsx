// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { realMap } from '../../fixtures/realMap';
import { render } from '@testing-library/react';

function drawMap(year: number) {
  return render(realMap(year));
}
const label = (code: string) => document.querySelector(`text[data-label="${code}"]`);

describe('labels on the map', () => {
  it('names Montenegro in 2017, its year, with a line to its small shape', () => {
    drawMap(2017);
    expect(label('MNE')?.textContent).toBe('Montenegro');
    expect(label('MNE')?.previousElementSibling?.tagName).toBe('line');
  });

  it.each([
    [1985, 'DEU', 'West Germany'],
    [1985, 'DDR', 'East Germany'],
    [1985, 'SUN', 'Soviet Union'],
    [1999, 'POL', 'Poland'],
    [2020, 'MKD', 'North Macedonia'],
    [2023, 'FIN', 'Finland'],
  ])('in %i names %s "%s", in the names of that year', (year, code, name) => {
    drawMap(year);
    expect(label(code)?.textContent).toBe(name);
  });

  it('keeps the names from assistive technology: the units already carry theirs', () => {
    drawMap(2004);
    expect(label('EST')?.closest('[aria-hidden="true"]')).not.toBeNull();
  });
});
