import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { dataset } from '../../../src/data/dataset';
import { mapGeometry } from '../../fixtures/realGeometry';
import { MapView } from '../../../src/features/map/MapView';
import { yearView } from '../../../src/core/view/yearView';
import { strings } from '../../../src/i18n/strings';

const geometry = mapGeometry;

/** The map of a year as readable SVG: one element a line, coordinates rounded so diffs show real changes. */
function mapSvg(year: number): string {
  const view = yearView(dataset, year, strings);
  const markup = renderToStaticMarkup(
    <MapView geometry={geometry} units={view.units} disputes={view.disputes} label={view.mapLabel} insetLabel="inset" onSelect={() => {}} text={strings.mapTools} small={dataset.smallStates} />,
  );
  // Only the SVG: the zoom buttons around it are HTML.
  const svg = /<svg[\s\S]*?<\/svg>/.exec(markup)![0];
  return `${svg
    .replace(/<svg /, '<svg xmlns="http://www.w3.org/2000/svg" ')
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))))
    .replace(/></g, '>\n<')}\n`;
}

describe('the map, as SVG', () => {
  it.each([1985, 1999, dataset.latestYear])('%i', async (year) => {
    await expect(mapSvg(year)).toMatchFileSnapshot(`./__snapshots__/map-${year}.svg`);
  });
});
