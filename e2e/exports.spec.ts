import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open';

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

interface Drawn {
  part: string;
  text: string;
  box: { x: number; y: number; width: number; height: number };
}

/**
 * Opens the downloaded SVG as a document of its own (served at a made-up address of the app's
 * origin, so nothing but the file is in it), waits for its embedded font, and reads every text's
 * box as the browser draws it.
 */
async function openSvg(page: Page, svg: Buffer): Promise<{ texts: Drawn[]; fontLoaded: boolean }> {
  await page.route('**/downloaded.svg', (route) => route.fulfill({ body: svg, contentType: 'image/svg+xml' }));
  await page.goto('/downloaded.svg');
  return page.evaluate(async () => {
    await document.fonts.ready;
    const fontLoaded = [...document.fonts].some((f) => f.family.replaceAll(/["']/g, '') === 'Map Export Sans' && f.status === 'loaded');
    const texts = [...document.querySelectorAll('text')].map((t) => {
      const { x, y, width, height } = (t as SVGTextElement).getBBox();
      return { part: t.closest('g[id]')?.id ?? '', text: t.textContent ?? '', box: { x, y, width, height } };
    });
    return { texts, fontLoaded };
  });
}

function overlaps(texts: Drawn[]): string[] {
  const hit = (a: Drawn['box'], b: Drawn['box']) =>
    a.x < b.x + b.width - 0.01 && b.x < a.x + a.width - 0.01 && a.y < b.y + b.height - 0.01 && b.y < a.y + a.height - 0.01;
  return texts.flatMap((a, i) => texts.slice(i + 1).flatMap((b) => (hit(a.box, b.box) ? [`"${a.text}" × "${b.text}"`] : [])));
}

const lines = (texts: Drawn[], part: string) => texts.filter((t) => t.part === part).map((t) => t.text);

test('the SVG of 1985: its own font, no text over another, the legend of the Cold War, the source line', async ({ page }) => {
  await openApp(page, '/?year=1985');
  const { name, bytes } = await download(page, 'SVG image');
  expect(name).toBe('nato-members-1985.svg');
  const { texts, fontLoaded } = await openSvg(page, bytes);
  expect(fontLoaded).toBe(true);
  expect(texts.length).toBeGreaterThan(10);
  expect(overlaps(texts)).toEqual([]);
  expect(lines(texts, 'title')).toEqual(['NATO in 1985']);
  const legend = lines(texts, 'legend');
  expect(legend).toContain('Warsaw Pact (1955–1991)');
  expect(legend).not.toContain('Joined this year');
  const source = lines(texts, 'source').join(' ');
  expect(source).toMatch(/^Source: NATO/);
  expect(source).toContain('Natural Earth');
  expect(source.replaceAll(' ', '')).toMatch(/http:\/\/[^/]+\/\?year=1985$/);
});

test('the SVG of 2004: the subtitle names the seven joiners and no text runs into another', async ({ page }) => {
  await openApp(page, '/?year=2004');
  const { bytes } = await download(page, 'SVG image');
  const { texts } = await openSvg(page, bytes);
  expect(overlaps(texts)).toEqual([]);
  const subtitle = lines(texts, 'subtitle').join(' ');
  for (const name of ['Bulgaria', 'Estonia', 'Latvia', 'Lithuania', 'Romania', 'Slovakia', 'Slovenia']) {
    expect(subtitle).toContain(name);
    expect(lines(texts, 'labels')).toContain(name);
  }
  expect(subtitle).toContain('26 members');
  expect(lines(texts, 'legend')).toContain('Joined this year');
  expect(lines(texts, 'source').join(' ')).toMatch(/^Source: NATO/);
});

test('the PNG is 2000 px wide and the square for social media 1200 × 1200', async ({ page }) => {
  await openApp(page, '/?year=2004');
  const png = await download(page, 'PNG image');
  expect(png.name).toBe('nato-members-2004.png');
  const [width, height] = pngSize(png.bytes);
  expect(width).toBe(2000);
  expect(height).toBeGreaterThan(1200);
  const square = await download(page, 'Square PNG for social media');
  expect(square.name).toBe('nato-members-2004-square.png');
  expect(pngSize(square.bytes)).toEqual([1200, 1200]);
});

test.describe('in the dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('the exported image is dark throughout, with light text', async ({ page }) => {
    await openApp(page, '/?year=1999');
    const { bytes } = await download(page, 'SVG image');
    const colours = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      /** Relative luminance of a CSS colour, as the browser resolves it. */
      const luminance = (colour: string) => {
        const probe = document.createElement('i');
        probe.style.color = colour;
        document.body.append(probe);
        const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
        probe.remove();
        return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
      };
      const fill = (selector: string) => luminance(doc.querySelector(selector)?.getAttribute('fill') ?? '');
      return { background: fill('svg > rect'), sea: fill('#map svg > rect'), title: fill('#title text'), legend: fill('#legend text') };
    }, bytes.toString('utf8'));
    expect(colours.background).toBeLessThan(0.25);
    expect(colours.sea).toBeLessThan(0.25);
    expect(colours.title).toBeGreaterThan(0.75);
    expect(colours.legend).toBeGreaterThan(0.75);
  });
});

test('the SVG follows the lens and the language of the page: the EU lens in French', async ({ page }) => {
  await openApp(page, '/?year=2004&lens=eu&lang=fr');
  const { bytes } = await download(page, 'Image SVG');
  const { texts } = await openSvg(page, bytes);
  expect(overlaps(texts)).toEqual([]);
  expect(lines(texts, 'title')).toEqual(['L’UE en 2004']);
  expect(lines(texts, 'legend')).not.toContain('Membre de l’OTAN');
  expect(lines(texts, 'source').join(' ')).toMatch(/^Source : OTAN/);
  expect(lines(texts, 'source').join('').replaceAll(' ', '')).toContain('lens=eu');
});
