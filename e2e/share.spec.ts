import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { openApp } from './open';

const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });

async function saved(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { download, bytes: await readFile((await download.path())!) };
}

/** Splits RFC 4180 CSV into records of fields, honouring quoted commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      record.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return records;
}

test.describe('sharing a link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy link puts the address of this year and country on the clipboard', async ({ page }) => {
    await openApp(page, '/?year=2004&country=EST');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toMatch(/\?year=2004&country=EST$/);
  });

  test('the Embed dialog gives an iframe for this view and gives focus back when closed', async ({ page }) => {
    await openApp(page, '/?year=1999&country=POL');
    const button = page.getByRole('button', { name: 'Embed' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    await expect(dialog).toBeVisible();
    const code = dialog.getByRole('textbox', { name: 'Fixed size, 800 × 600 pixels' });
    const origin = new URL(page.url()).origin;
    await expect(code).toHaveValue(
      `<iframe src="${origin}/?year=1999&amp;country=POL&amp;embed=1" width="800" height="600" title="Map of NATO members in 1999" loading="lazy" style="border:0"></iframe>`,
    );
    await dialog.getByRole('button', { name: 'Copy code' }).first().click();
    await expect(dialog.getByRole('status').first()).toHaveText('Code copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
    // Beside it, the responsive code: pasted into a page, the map takes its full width at 4:3.
    const responsive = dialog.getByRole('textbox', { name: /Responsive/ });
    await expect(responsive).toBeVisible();
    await dialog.getByRole('button', { name: 'Copy code' }).last().click();
    const pasted = await page.evaluate(() => navigator.clipboard.readText());
    expect(pasted).toBe(await responsive.inputValue());
    expect(pasted).toContain(`src="${origin}/?year=1999&amp;country=POL&amp;embed=1"`);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    // Escape closed the dialog only: the open country stays open.
    await expect(page.getByRole('region', { name: /Poland/ })).toBeVisible();
  });
});

test('the downloads: SVG and PNG images of the year shown, CSV and JSON of its members', async ({ page }) => {
  await openApp(page, '/?year=2004');
  const svg = await saved(page, 'SVG image');
  expect(svg.download.suggestedFilename()).toBe('nato-members-2004.svg');
  const text = svg.bytes.toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      title: doc.querySelector('svg > title')?.textContent,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      paths: doc.querySelectorAll('path').length,
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.title).toBe('NATO in 2004');
  expect(parsed.texts).toEqual(expect.arrayContaining(['NATO in 2004', 'NATO member', 'Joined this year']));
  expect(parsed.texts.join(' ')).toContain('Natural Earth');
  expect(parsed.paths).toBeGreaterThan(40);
  expect(text).not.toMatch(/class=|href="http|url\(http/);

  const png = await saved(page, 'PNG image');
  expect(png.download.suggestedFilename()).toBe('nato-members-2004.png');
  const bytes = png.bytes;
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1600);
  expect(bytes.readUInt32BE(20)).toBeGreaterThan(1000);
  // The image is the map, not a blank canvas: a good share of its pixels are the members' blue.
  const blue = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === 0x1d && data[i + 1] === 0x4e && data[i + 2] === 0x89) n++;
    return n / (data.length / 4);
  }, bytes.toString('base64'));
  expect(blue).toBeGreaterThan(0.05);

  // Right after the slider moves, before the address bar names 2006 (0.6 s), a download is of 2006 and names its address.
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const moved = await saved(page, 'SVG image');
  expect(moved.download.suggestedFilename()).toBe('nato-members-2006.svg');
  expect(moved.bytes.toString('utf8')).toMatch(/Interactive map: http:\/\/[^/]+\/\?year=2006</);

  await slider(page).focus();
  await page.keyboard.press('End');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '2024');
  const csv = parseCsv((await saved(page, 'CSV data')).bytes.toString('utf8'));
  expect(csv[0]).toEqual(['name', 'code', 'accessionDate', 'round', 'sourceUrl', 'status', 'euAccessionDate']);
  // The members first, then the other states the map marks (steps towards NATO, the EU).
  const rows = csv.slice(1).filter((r) => r[2] !== '');
  const others = csv.slice(1).filter((r) => r[2] === '');
  expect(rows).toHaveLength(32);
  expect(rows.find((r) => r[1] === 'SWE')?.slice(0, 4)).toEqual(['Sweden', 'SWE', '2024-03-07', '2024']);
  expect(rows.find((r) => r[1] === 'POL')?.slice(2, 4)).toEqual(['1999-03-12', '1999']);
  expect(rows.find((r) => r[1] === 'POL')?.slice(5)).toEqual(['member', '2004-05-01']);
  expect(rows.find((r) => r[1] === 'GBR')?.slice(5)).toEqual(['member', '']);
  expect(others.find((r) => r[1] === 'GEO')?.slice(5)).toEqual(['non-member partner aspirant', '']);
  expect(others.find((r) => r[1] === 'AUT')?.slice(5)).toEqual(['non-member partner', '1995-01-01']);
  expect(rows.every((r) => r.length === 7 && /^https:\/\//.test(r[4]!))).toBe(true);

  const json = JSON.parse((await saved(page, 'JSON data')).bytes.toString('utf8'));
  expect(json.members.map((m: Record<string, unknown>) => Object.values(m).map(String))).toEqual(rows);
  expect(json.others.map((m: Record<string, unknown>) => Object.values(m).map(String))).toEqual(others);
});

test('embedded in a 600×450 frame, the map, slider and legend fit without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 450 });
  await openApp(page, '/?year=1999&country=POL&embed=1');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '1999');
  await expect(page.getByRole('list', { name: 'Legend' })).toBeInViewport({ ratio: 1 });
  await expect(slider(page)).toBeInViewport({ ratio: 1 });
  await expect(page.locator('[data-unit="POL"]')).toBeVisible();
  const size = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
  expect(size[0]).toBeLessThanOrEqual(600);
  expect(size[1]).toBeLessThanOrEqual(450);
  await expect(page.getByRole('list', { name: 'Events' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: /Poland/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  // The title is there for screen readers only.
  expect((await page.getByRole('heading', { level: 1 }).boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);

  const back = page.getByRole('link', { name: /Open the full map/ });
  await expect(back).toHaveAttribute('target', '_blank');
  await expect(back).toHaveAttribute('rel', 'noopener noreferrer');
  expect(new URL((await back.getAttribute('href'))!).search).toBe('?year=1999&country=POL');
  // Moving the slider keeps embed mode, and the link follows the year.
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '2000');
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ year: '2000', country: 'POL', embed: '1' });
  expect(new URL((await back.getAttribute('href'))!).search).toBe('?year=2000&country=POL');
});

test('embedded in an iframe of another page, the map fits the frame', async ({ page }) => {
  await openApp(page, '/');
  const origin = new URL(page.url()).origin;
  await page.setContent(`<iframe src="${origin}/?year=2004&embed=1" width="600" height="450" title="map" style="border:0"></iframe>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('slider', { name: 'Year' })).toHaveAttribute('aria-valuenow', '2004');
  const inner = page.frames()[1]!;
  const size = await inner.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
  expect(size[0]).toBeLessThanOrEqual(600);
  expect(size[1]).toBeLessThanOrEqual(450);
});

for (const search of ['?year=2008', '?year=1991&country=SUN']) {
  test(`printing ${search} gives one page with the map, legend, year and events`, async ({ page }) => {
    await openApp(page, `/${search}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Legend' })).toBeVisible();
    await expect(slider(page)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = (await page.pdf({ format })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page(?!s)/g), format).toHaveLength(1);
    }
  });
}
