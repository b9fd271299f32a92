import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Topology } from 'topojson-specification';
import atlas from '../src/map/atlas.json';
import frames from '../src/data/frames.json';
import { dataset } from '../src/data/dataset';
import { buildMapGeometry, type Frames } from '../src/map/geometry';
import { MapView } from '../src/components/MapView';
import { yearView } from '../src/view/yearView';

const geometry = buildMapGeometry(atlas as unknown as Topology<never>, frames as unknown as Frames, new Set(frames.inset.units));

/** The map of a year as readable SVG: one element a line, coordinates rounded so diffs show real changes. */
function mapSvg(year: number): string {
  const view = yearView(dataset, year);
  const markup = renderToStaticMarkup(
    <MapView geometry={geometry} units={view.units} disputes={view.disputes} label={view.mapLabel} insetLabel="inset" onSelect={() => {}} />,
  );
  return `${markup
    .replace(/<svg /, '<svg xmlns="http://www.w3.org/2000/svg" ')
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))))
    .replace(/></g, '>\n<')}\n`;
}

describe('the map, as SVG', () => {
  it.each([1985, 1999, dataset.latestYear])('%i', async (year) => {
    await expect(mapSvg(year)).toMatchFileSnapshot(`./__snapshots__/map-${year}.svg`);
  });
});
