// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { exportModel } from '../../../src/features/share/export/exportModel';
import { exportSvg } from '../../../src/features/share/export/exportSvg';
import { defaultPalette, paletteFrom } from '../../../src/features/share/export/palette';
import { mapGeometry } from '../../fixtures/realGeometry';
import { strings } from '../../../src/i18n/strings';
import type { Lens } from '../../../src/core/domain/types';
import { describeChange } from '../../../src/core/view/changeCaption';

const PAGE = 'https://map.example/?year=2004&country=EST';

const parsed = new Map<string, ReturnType<typeof build>>();
/** Each year's image is built and parsed once: the real map is large, and the tests only read it. */
function parse(year: number, selected?: string, lens: Lens = 'nato') {
  const key = `${year}/${selected ?? ''}/${lens}`;
  if (!parsed.has(key)) parsed.set(key, build(year, selected, lens));
  return parsed.get(key)!;
}

function build(year: number, selected?: string, lens: Lens = 'nato') {
  const { svg, width, height } = exportSvg(
    dataset,
    mapGeometry,
    exportModel(dataset, year, selected, PAGE, defaultPalette, strings, lens),
    'wide',
  );
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return { svg, width, height, doc, root: doc.documentElement };
}

describe('the exported SVG', () => {
  it('is a well-formed standalone SVG document that carries its own font', () => {
    const { doc, root, svg, width, height } = parse(2004);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    // No class or outside reference: colours, patterns and the font (as data: URLs) are inline.
    expect(svg).not.toMatch(/class=|href=|url\(http/);
    const faces = doc.querySelector('style')?.textContent ?? '';
    expect(faces.match(/@font-face\{font-family:'Map Export Sans';font-weight:(400|700);src:url\(data:font\/woff2;base64,/g)).toHaveLength(
      2,
    );
    expect(root.getAttribute('font-family')).toMatch(/^'Map Export Sans'/);
  });

  it.each([1949, 1999, 2004])('titles %i and gives the caption the app shows as subtitle', (year) => {
    const { root } = parse(year);
    const texts = [...root.querySelectorAll('text')].map((t) => t.textContent);
    expect(root.querySelector('title')?.textContent).toBe(`NATO in ${year}`);
    expect(texts[0]).toBe(`NATO in ${year}`);
    expect(texts.slice(1).join(' ')).toContain(describeChange(dataset, year, strings));
  });

  it('carries the legend of the classes shown and the source line, including the address of the view', () => {
    const texts = [...parse(2004).root.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts).toEqual(expect.arrayContaining(['NATO member', 'Joined this year', 'Not a member', 'Occupied (UN view)']));
    expect(texts).not.toContain('Warsaw Pact (1955–1991)');
    const source = texts.slice(texts.findIndex((t) => t.startsWith('Source:'))).join(' ');
    expect(source).toMatch(/^Source: NATO/);
    expect(source).toContain('Natural Earth');
    expect(source.replaceAll(' ', '')).toContain(PAGE);
  });

  it('follows the EU lens: its title, caption, legend and colours', () => {
    const { root } = parse(2004, undefined, 'eu');
    const texts = [...root.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts[0]).toBe('The EU in 2004');
    expect(texts.join(' ')).toMatch(/2004: ten states joined the EU/);
    expect(texts).toEqual(
      expect.arrayContaining([strings.lens.legend['eu-member'], strings.lens.legend['eu-joined'], strings.lens.legend['eu-non-member']]),
    );
    expect(texts).not.toContain('NATO member');
    const fills = new Map([...root.querySelectorAll('path')].map((p) => [p.getAttribute('d'), p.getAttribute('fill')]));
    const units = exportModel(dataset, 2004, undefined, PAGE, defaultPalette, strings, 'eu').units;
    const d = (code: string) => mapGeometry.shapes.get(units.find((u) => u.code === code)!.shapeId) ?? null;
    expect(fills.get(d('FRA'))).toBe(defaultPalette.eu);
    expect(fills.get(d('POL'))).toBe('url(#eu-joined)');
    expect(fills.get(d('NOR'))).toBe(defaultPalette.nonMember);
    expect(fills.get(d('USA'))).toBe(defaultPalette.nonMember);
  });

  it('follows the lens that shows both: NATO and EU, NATO only, EU only, neither', () => {
    const { root } = parse(2004, undefined, 'both');
    const texts = [...root.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts[0]).toBe('NATO and the EU in 2004');
    const fills = new Map([...root.querySelectorAll('path')].map((p) => [p.getAttribute('d'), p.getAttribute('fill')]));
    const units = exportModel(dataset, 2004, undefined, PAGE, defaultPalette, strings, 'both').units;
    const d = (code: string) => mapGeometry.shapes.get(units.find((u) => u.code === code)!.shapeId) ?? null;
    expect(fills.get(d('POL'))).toBe(defaultPalette.member);
    expect(fills.get(d('NOR'))).toBe(defaultPalette.natoOnly);
    expect(fills.get(d('AUT'))).toBe(defaultPalette.eu);
    expect(fills.get(d('CHE'))).toBe(defaultPalette.nonMember);
  });

  it("names the year's joiners on the map", () => {
    const labels = [...parse(2004).root.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Estonia', 'Latvia', 'Lithuania', 'Slovakia', 'Slovenia', 'Romania', 'Bulgaria']));
  });

  it('fills members, joiners and others by status, using the same path strings as the app', () => {
    const { root } = parse(2004);
    const fills = new Map([...root.querySelectorAll('path')].map((p) => [p.getAttribute('d'), p.getAttribute('fill')]));
    const units = exportModel(dataset, 2004, undefined, PAGE, defaultPalette, strings).units;
    const d = (code: string) => mapGeometry.shapes.get(units.find((u) => u.code === code)!.shapeId) ?? null;
    expect(fills.get(d('POL'))).toBe(defaultPalette.member);
    expect(fills.get(d('EST'))).toBe('url(#joined)');
    expect(fills.get(d('SWE'))).toBe(defaultPalette.nonMember);
    expect(fills.get(d('USA'))).toBe(defaultPalette.member);
    expect(root.querySelector('pattern#joined rect')?.getAttribute('fill')).toBe(defaultPalette.joined);
  });

  it('outlines the open country, and nothing when none is open', () => {
    const outlined = (svg: Element) => [...svg.querySelectorAll('path[fill="none"]')].length;
    expect(outlined(parse(2004, 'EST').root)).toBe(1);
    expect(outlined(parse(2004).root)).toBe(0);
  });
});

describe('paletteFrom', () => {
  it('takes the stylesheet colours that are set and keeps the defaults for the rest', () => {
    const css: Record<string, string> = { '--member': ' #123456', '--joined': '' };
    const palette = paletteFrom((name) => css[name] ?? '');
    expect(palette.member).toBe('#123456');
    expect(palette.joined).toBe(defaultPalette.joined);
    expect(palette.background).toBe(defaultPalette.background);
  });
});

describe('the exported SVG of a Cold War year', () => {
  it('colours the Warsaw Pact as the map does and names it in the legend', () => {
    const { svg, root } = parse(1985);
    const fills = new Set([...root.querySelectorAll('path')].map((p) => p.getAttribute('fill')));
    expect(fills).toContain(defaultPalette.warsawPact);
    expect(svg).toContain('Warsaw Pact (1955–1991)');
    expect(svg).not.toContain('Joined this year');
  });
});
