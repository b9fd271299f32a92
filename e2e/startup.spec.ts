import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open';

/** Holds back the requests for `pattern` until the returned function is called. */
async function holdBack(page: Page, pattern: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The paths of the scripts the page fetches, as they come. */
function scriptsFetched(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('.js')) fetched.push(new URL(r.url()).pathname);
  });
  return fetched;
}

/** The page's uncaught errors and console errors, as they come. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

// Starting Intl (ICU's locale data) costs the main thread some 50–75 ms in this Chromium, in one
// piece. The build formats every text ahead (src/i18n/format.ts): loading a page and scrubbing
// through every year must not start it. Counts, not times: a test never times anything.
test('loading the map and scrubbing through every year uses no Intl object or locale-aware method', async ({ page }) => {
  await page.addInitScript(() => {
    const created: string[] = [];
    (window as unknown as { __intl: string[] }).__intl = created;
    for (const kind of ['DateTimeFormat', 'NumberFormat', 'ListFormat', 'Collator', 'PluralRules'] as const) {
      const Original = Intl[kind];
      (Intl as Record<string, unknown>)[kind] = new Proxy(Original, {
        construct(target, args) {
          created.push(kind);
          return Reflect.construct(target, args) as object;
        },
      });
    }
    // The locale-aware methods that use ICU without an Intl object of their own.
    const methods: [Record<string, unknown>, string][] = [
      [String.prototype as unknown as Record<string, unknown>, 'localeCompare'],
      [Number.prototype as unknown as Record<string, unknown>, 'toLocaleString'],
      [Date.prototype as unknown as Record<string, unknown>, 'toLocaleString'],
      [Date.prototype as unknown as Record<string, unknown>, 'toLocaleDateString'],
      [Array.prototype as unknown as Record<string, unknown>, 'toLocaleString'],
    ];
    for (const [proto, name] of methods) {
      const original = proto[name] as (...args: unknown[]) => unknown;
      Object.defineProperty(proto, name, {
        configurable: true,
        writable: true,
        value(this: unknown, ...args: unknown[]) {
          created.push(name);
          return original.apply(this, args);
        },
      });
    }
  });
  await openApp(page, '/1999/?country=POL');
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuenow', '1949');
  for (let year = 1950; year <= 2024; year++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', '2024');
  await expect(page.locator('.change-caption')).toContainText('Sweden');
  expect(await page.evaluate(() => (window as unknown as { __intl: string[] }).__intl)).toEqual([]);
});

// What a first visit fetches: the page, its script, style and the map's other paths; not the table
// view, which comes when asked for. Another year needs nothing the page does not hold.
test('a year page fetches no table view code until asked, and a slider move to other years fetches nothing', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (/\.(?:js|json|css)$/.test(new URL(r.url()).pathname)) fetched.push(new URL(r.url()).pathname);
  });
  await openApp(page, '/1999/');
  await page.waitForLoadState('networkidle');
  expect(fetched.some((u) => u.endsWith('.js'))).toBe(true);
  expect(fetched.filter((u) => /UnitTable/.test(u))).toEqual([]);
  const before = fetched.length;
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('End');
  await expect(page.locator('.change-caption')).toContainText('Sweden');
  await page.waitForLoadState('networkidle');
  expect(fetched.slice(before)).toEqual([]);
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByRole('table', { name: /2024/ })).toBeVisible();
  expect(fetched.slice(before).filter((u) => /UnitTable/.test(u))).toHaveLength(1);
});

// The code that makes downloads loads at the first download, not with the page: the button still
// gives the file.
test('a year page fetches no download code until a download is asked for, and the download still comes', async ({ page }) => {
  const fetched = scriptsFetched(page);
  await openApp(page, '/1949/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((u) => /makeFile/.test(u))).toEqual([]);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV data' }).click()]);
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  expect(fetched.filter((u) => /makeFile/.test(u))).toHaveLength(1);
});

// The language chunk holds the events' titles; their long texts come in a chunk of their own once
// the app runs, and a year page carries its own year's, so that it hydrates with them.
test("a year page hydrates with its events' texts without the texts chunk, and another year shows its texts once it has come", async ({
  page,
}) => {
  const errors = errorsOf(page);
  // Held back until released, to see the page run without it.
  const release = await holdBack(page, '**/assets/texts-en-*.js');
  await openApp(page, '/1949/');
  const events = page.locator('.events');
  await expect(events).toContainText('Twelve states of Western Europe and North America sign the North Atlantic Treaty');
  release();
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  for (let year = 1950; year <= 1999; year++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', '1999');
  await expect(events).toContainText('Three former Warsaw Pact states become members at a ceremony in Independence, Missouri');
  expect(errors).toEqual([]);
});

test("a page drawn afresh (its address names another year than it holds) shows its events' texts", async ({ page }) => {
  await openApp(page, '/1949/?year=1999');
  await expect(page.locator('.events')).toContainText('Three former Warsaw Pact states become members');
});

// The units' notes come with the events' texts, not with the language: a unit's details still show
// its note, whether the address opens them or a click does.
test("a unit's details show its note, opened by the address or by a click", async ({ page }) => {
  await openApp(page, '/1990/?country=DEU');
  await expect(page.locator('.details')).toContainText('the Saar joined it on 1 January 1957');
  await openApp(page, '/2024/');
  await page.locator('path[data-unit="UKR"]').first().click();
  await expect(page.locator('.details')).toContainText('General Assembly resolution 68/262');
});

// The data's sources (each fact's link and publisher) come in a chunk of their own once the app
// runs; a year page carries those it shows, so that it hydrates with them. Every event and every
// unit's details still link to their sources.
test('a year page hydrates with its sources without the sources chunk, and another year and a unit link theirs once it has come', async ({
  page,
}) => {
  const errors = errorsOf(page);
  const release = await holdBack(page, '**/assets/sources-*.js');
  await openApp(page, '/1949/');
  const events = page.getByRole('list', { name: 'Events' });
  await expect(events.getByRole('link').first()).toHaveAttribute('href', 'https://www.nato.int/cps/en/natohq/official_texts_17120.htm');
  // Other years, before the chunk has come: the page keeps working.
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  for (let year = 1950; year <= 1999; year++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', '1999');
  await expect(page.locator('[data-russia-border-km]')).toBeVisible();
  await expect(events).toContainText('Poland, the Czech Republic and Hungary join');
  release();
  await expect(events.locator('a[href="https://www.defense.gov/news/newsarticle.aspx?id=42006"]')).toHaveCount(1);
  await page.locator('path[data-unit="POL"]').first().click();
  await expect(
    page
      .getByRole('region', { name: 'Poland' })
      .getByRole('link', { name: /^Source: US Department of Defense/ })
      .first(),
  ).toHaveAttribute('href', 'https://www.defense.gov/news/newsarticle.aspx?id=42006');
  expect(errors).toEqual([]);
});

test('a CSV downloaded before the sources chunk has come waits for it and carries every source', async ({ page }) => {
  const release = await holdBack(page, '**/assets/sources-*.js');
  await openApp(page, '/2004/');
  const download = page.waitForEvent('download');
  // The download's code has come while the sources are still held back: only then do they come.
  const code = page.waitForResponse(/\/assets\/makeFile-[^/]*\.js$/);
  await page.getByRole('button', { name: 'CSV data' }).click();
  await code;
  release();
  const csv = await (await download).path().then((path) => readFileSync(path, 'utf8'));
  const header = csv.split('\n')[0]!.split(',');
  const urls = csv
    .split('\n')
    .slice(1)
    .filter((line) => /\d{4}-\d{2}-\d{2}/.test(line));
  expect(header).toContain('sourceUrl');
  expect(urls.length).toBeGreaterThanOrEqual(26);
  // Every member's row names its source's address.
  for (const line of urls) expect(line).toMatch(/https:\/\//);
});

test("a unit's details opened by the address link to its source", async ({ page }) => {
  await openApp(page, '/1999/?country=POL');
  await expect(
    page
      .getByRole('region', { name: 'Poland' })
      .getByRole('link', { name: /^Source: US Department of Defense/ })
      .first(),
  ).toHaveAttribute('href', 'https://www.defense.gov/news/newsarticle.aspx?id=42006');
});

// The Embed dialog and the event card load when first asked for, not with the page; they still
// open with their content, and by keyboard.
test('a year page fetches no Embed dialog or event card code until asked, and both still open', async ({ page }) => {
  const fetched = scriptsFetched(page);
  await openApp(page, '/1999/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((u) => /EmbedDialogBox|EventCard/.test(u))).toEqual([]);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this map' });
  await expect(dialog.getByRole('textbox', { name: /Responsive/ })).toHaveValue(/year=1999/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const marker = page.getByRole('button', { name: 'NATO air campaign against FR Yugoslavia', exact: true });
  await marker.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'NATO air campaign against FR Yugoslavia' })).toContainText('24 March');
  expect(fetched.filter((u) => /EmbedDialogBox/.test(u))).toHaveLength(1);
  expect(fetched.filter((u) => /EventCard/.test(u))).toHaveLength(1);
});
