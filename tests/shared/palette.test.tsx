import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cssVariable, palette, type PaletteColour } from '../../src/shared/palette';
import { renderToStaticMarkup } from 'react-dom/server';
import { PreviewImage } from '../../src/app/prerender/PreviewImage';
import { yearView } from '../../src/core/view/yearView';
import { dataset } from '../../src/data/dataset';
import { defaultPalette } from '../../src/features/share/export/palette';
import { strings } from '../../src/i18n/strings';
import { tinyGeometry } from '../fixtures/tiny';
import { contrast, deltaE2000, perceivedDifference, type Vision } from '../colourVision';

const css = readFileSync(new URL('../../src/app/styles.css', import.meta.url), 'utf8');
const visions: Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

describe('the colour maths', () => {
  // Reference pairs from Sharma, Wu & Dalal (2005), table 1.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ] as const)('CIEDE2000 of %o and %o is %f', (a, b, expected) => {
    expect(deltaE2000([...a], [...b])).toBeCloseTo(expected, 3);
  });

  it('contrast of black on white is 21:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});

describe('styles.css', () => {
  it.each(Object.keys(palette).filter((k) => k !== 'page' && k !== 'notice') as PaletteColour[])('mirrors %s', (name) => {
    expect(css).toContain(`${cssVariable(name)}: ${palette[name]};`);
  });

  it('uses the page and notice backgrounds', () => {
    expect(css).toMatch(new RegExp(`:root \\{[^}]*background: ${palette.page};`));
    expect(css).toMatch(new RegExp(`\\.notice \\{[^}]*background: ${palette.notice};`));
  });
});

describe('the colours drawn outside the stylesheet come from the palette', () => {
  const colours = new Set<string>(Object.values(palette));
  const used = (svg: string) => [...svg.matchAll(/(?:fill|stroke)="(#[0-9a-fA-F]{3,6})"/g)].map((m) => m[1]!.toLowerCase());

  it('the exported images', () => {
    expect(Object.values(defaultPalette).filter((c) => !colours.has(c))).toEqual([]);
  });

  it('the link preview image of a year', () => {
    const view = yearView(dataset, 1999, strings);
    const svg = renderToStaticMarkup(
      <PreviewImage geometry={tinyGeometry} units={view.units.slice(0, 5)} lead="lead" year={1999} count="19" credit="credit" />,
    );
    expect(used(svg).length).toBeGreaterThan(5);
    expect(used(svg).filter((c) => !colours.has(c))).toEqual([]);
  });

  it('the app icon, whose disc the installed icons take as their background', () => {
    const icon = readFileSync(new URL('../../src/app/favicon.svg', import.meta.url), 'utf8');
    expect(/<circle[^>]*fill="(#[0-9a-f]{6})"/.exec(icon)?.[1]).toBe(palette.member);
    expect(used(icon.replace(/"#fff"/g, '"#ffffff"')).filter((c) => !colours.has(c))).toEqual([]);
  });
});

/** ΔE2000 of 20 is a difference no one misses at a glance, even on small countries. */
const DISTINCT = 20;

describe('statuses stay apart under colour-vision deficiencies (Machado 2009, ΔE2000 ≥ 20)', () => {
  const statuses = [
    ['member', 'joined'],
    ['member', 'nonMember'],
    ['joined', 'nonMember'],
    ['warsawPact', 'member'],
    ['warsawPact', 'joined'],
    ['warsawPact', 'nonMember'],
    // The EU lens and the lens that shows both (NATO and EU take the member blue).
    ['eu', 'nonMember'],
    ['eu', 'member'],
    ['natoOnly', 'member'],
    ['natoOnly', 'nonMember'],
    ['natoOnly', 'eu'],
  ] as const;
  it.each(visions.flatMap((v) => statuses.map(([a, b]) => [v, a, b] as const)))('%s: %s vs %s', (vision, a, b) => {
    expect(perceivedDifference(palette[a], palette[b], vision)).toBeGreaterThanOrEqual(DISTINCT);
  });

  it.each(visions)('%s: the occupied hatching and the disputed dots stand out on a non-member', (vision) => {
    expect(perceivedDifference(palette.occupiedLine, palette.nonMember, vision)).toBeGreaterThanOrEqual(DISTINCT);
    expect(perceivedDifference(palette.disputedDot, palette.nonMember, vision)).toBeGreaterThanOrEqual(DISTINCT);
    expect(perceivedDifference(palette.joinedLine, palette.joined, vision)).toBeGreaterThanOrEqual(DISTINCT);
  });

  it.each(visions)('%s: the marks of the steps towards NATO stand out on grey and on their tint', (vision) => {
    expect(perceivedDifference(palette.member, palette.nonMember, vision)).toBeGreaterThanOrEqual(DISTINCT);
    expect(perceivedDifference(palette.member, palette.pathTint, vision)).toBeGreaterThanOrEqual(DISTINCT);
    expect(perceivedDifference(palette.joinedLine, palette.eu, vision)).toBeGreaterThanOrEqual(DISTINCT);
  });
});

describe('contrast', () => {
  it.each([
    ['text', 'page'],
    ['text', 'panel'],
    ['text', 'notice'],
    ['muted', 'page'],
    ['muted', 'panel'],
    ['muted', 'notice'],
    ['accent', 'page'],
    ['accent', 'panel'],
    ['accent', 'notice'],
  ] as const)('%s on %s is at least 4.5:1', (fg, bg) => {
    expect(contrast(palette[fg], palette[bg])).toBeGreaterThanOrEqual(4.5);
  });

  // WCAG 1.4.11: the focus ring (a halo under a line) must reach 3:1 against every fill it can sit on.
  it.each(['member', 'joined', 'nonMember', 'warsawPact', 'sea', 'land', 'panel', 'page'] as const)(
    'the focus ring shows on %s',
    (fill) => {
      const best = Math.max(contrast(palette.focus, palette[fill]), contrast(palette.focusHalo, palette[fill]));
      expect(best).toBeGreaterThanOrEqual(3);
    },
  );

  it('the focus ring line stands out from its halo', () => {
    expect(contrast(palette.focus, palette.focusHalo)).toBeGreaterThanOrEqual(3);
  });
});
