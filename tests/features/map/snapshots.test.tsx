import { readFileSync } from 'node:fs';
import { realMap } from '../../fixtures/realMap';
import { describe, expect, it } from 'vitest';
import { pathRings } from '../../../src/core/geo/centroid';
import { cssVariable, palette, type PaletteColour } from '../../../src/shared/palette';
import { renderToStaticMarkup } from 'react-dom/server';
import { dataset } from '../../../src/data/dataset';

/** The map of a year as readable SVG: one element a line, coordinates rounded so diffs show real changes. */
function mapSvg(year: number): string {
  const markup = renderToStaticMarkup(realMap(year));
  // Only the SVG: the zoom buttons around it are HTML.
  const svg = /<svg[\s\S]*?<\/svg>/.exec(markup)![0];
  return `${svg
    .replace(/<svg ([^>]*)>/, `<svg xmlns="http://www.w3.org/2000/svg" $1>\n<style>${STYLE}</style>`)
    .replace(/ d="([^"]*)"/g, (_, d: string) => ` d="${coarse(d)}"`)
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))))
    .replace(/></g, '>\n<')}\n`;
}

/**
 * Shapes redrawn on a coarse grid: enough to see which country has which status when the file is
 * opened as a picture, while the exact paths are pinned by the geometry and atlas tests.
 */
function coarse(d: string): string {
  return pathRings(d)
    .map((ring) =>
      ring.reduce<(readonly [number, number])[]>((kept, p) => {
        const last = kept[kept.length - 1];
        if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= STEP) kept.push(p);
        return kept;
      }, []),
    )
    .filter((ring) => ring.length >= 3)
    .map((ring) => `M${ring.map(([x, y]) => `${Math.round(x)},${Math.round(y)}`).join('L')}Z`)
    .join('');
}
/** The shortest edge kept, in viewBox units (the map is 1000 wide). */
const STEP = 14;

/** The palette as the stylesheet's custom properties, and the map's rules that use them, so the file opens in colour. */
const STYLE = [
  `svg{${(Object.keys(palette) as PaletteColour[]).map((c) => `${cssVariable(c)}:${palette[c]}`).join(';')}}`,
  // The top-level rules (not those inside a media query, which are indented) of the map's classes, one a line.
  ...[
    ...readFileSync(new URL('../../../src/app/styles.css', import.meta.url), 'utf8').matchAll(
      /^\.(?:sea|land|unit(?:--[a-z-]+)?|pattern-[a-z-]+|dispute(?:--[a-z]+)?|inset__frame|joined-outline|small-state(?:--[a-z-]+)?) \{[^}]*\}/gm,
    ),
  ].map(([rule]) => rule.replace(/\s*\n\s*/g, ' ')),
  readFileSync(new URL('../../../src/features/map/mapLabels.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''),
].join('\n');

describe('the map, as SVG', () => {
  it.each([1985, 1999, dataset.latestYear])('%i', async (year) => {
    await expect(mapSvg(year)).toMatchFileSnapshot(`./__snapshots__/map-${year}.svg`);
  });
});
