// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { dataset } from '../../../src/data/dataset';
import { MapView } from '../../../src/features/map/MapView';
import { yearViews } from '../../../src/core/view/yearViews';
import { strings } from '../../../src/i18n/strings';
import { mapGeometry } from '../../fixtures/realGeometry';

function drawMap(year: number) {
  const view = yearViews.view(dataset, year, strings);
  return render(
    <MapView
      geometry={mapGeometry}
      units={view.units}
      disputes={view.disputes}
      label={view.mapLabel}
      insetLabel="inset"
      onSelect={() => {}}
      text={strings.mapTools}
      small={dataset.smallStates}
      names={view.labels}
    />,
  );
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
