import { expect, test, type Page } from '@playwright/test';
import { appReady, openApp } from './open';

const count = (page: Page) => page.locator('[data-member-count]');
const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
/** The page's address is exactly this path and query. */
const address = (expected: string) => (url: URL) => url.pathname + url.search === expected;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("a pre-rendered year page with JavaScript disabled shows that year's members", async ({ page }) => {
    await page.goto('/1999/');
    await expect(page).toHaveTitle(/1999/);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\/1999\.png$/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    await expect(count(page)).toHaveText('19 members');
    await expect(page.locator('[data-unit="POL"]')).toHaveAttribute('data-status', 'joined');
    await expect(page.locator('[data-unit="SWE"]')).toHaveAttribute('data-member', 'false');

    await page.getByText('The 19 members on 31 December 1999').click();
    const members = page.getByRole('list', { name: 'Members in 1999' }).getByRole('listitem');
    await expect(members).toHaveCount(19);
    await expect(members.filter({ hasText: 'Poland, 12 March 1999' })).toBeVisible();
    await expect(members.filter({ hasText: 'Sweden' })).toHaveCount(0);
  });
});

test('a year page becomes the app without a hydration error, and moving on leads to ?year=', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await openApp(page, '/1999/');
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(count(page)).toHaveAttribute('data-member-count', '19');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '2000');
  await expect(page).toHaveURL(address('/?year=2000'));
  await expect(page).toHaveTitle('NATO members in 2000: enlargement map');
  expect(errors).toEqual([]);
});

test('a year page and the home page are styled by themselves, with no stylesheet to fetch', async ({ page }) => {
  const sheets: string[] = [];
  page.on('request', (r) => void (r.resourceType() === 'stylesheet' && sheets.push(r.url())));
  await page.route('**/assets/*.css', (route) => route.abort());
  for (const path of ['/1999/', '/']) {
    await page.goto(path);
    // The map's frame is positioned for what it holds, and its units are drawn with the palette, not in black.
    await expect(page.locator('.map-frame')).toHaveCSS('position', 'relative');
    await expect(page.locator('[data-unit="POL"]')).not.toHaveCSS('fill', 'rgb(0, 0, 0)');
  }
  expect(sheets).toEqual([]);
});

test.describe('a link to another year from the home page', () => {
  test('paints that year before the app runs', async ({ page }) => {
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto('/?year=1999&country=POL');
    await expect(page).toHaveURL(address('/1999/?year=1999&country=POL'));
    await expect(count(page)).toHaveText('19 members');
    await expect(page.locator('[data-unit="POL"]')).toHaveAttribute('data-status', 'joined');
  });

  test('becomes the app at the address it was given, with no error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await openApp(page, '/?year=1999&country=POL');
    await expect(page).toHaveURL(address('/?year=1999&country=POL'));
    await expect(count(page)).toHaveAttribute('data-member-count', '19');
    await expect(count(page)).toHaveText('19 members');
    await expect(slider(page)).toHaveAttribute('aria-valuenow', '1999');
    await expect(page.locator('[data-unit="POL"]')).toHaveAttribute('data-status', 'joined');
    await expect(page.getByRole('region', { name: /Poland/ })).toContainText('12 March 1999');
    await expect(page.getByRole('heading', { name: 'Poland' })).toBeFocused();
    expect(errors).toEqual([]);
  });
});

test('?year= and ?country= still win on a year page', async ({ page }) => {
  await openApp(page, '/1999/?year=2004&country=EST');
  await expect(count(page)).toHaveAttribute('data-member-count', '26');
  await expect(page.getByRole('region', { name: /Estonia/ })).toBeVisible();
});

test('the home page fetches only the map paths it does not hold, and other years then fetch nothing', async ({ page }) => {
  const maps: string[] = [];
  page.on('request', (r) => void (/\/assets\/map-/.test(r.url()) && maps.push(new URL(r.url()).pathname)));
  await page.goto('/', { waitUntil: 'networkidle' });
  await appReady(page);
  // One file, named for the years whose pages lack its paths: the latest year's.
  const latest = Number(await slider(page).getAttribute('max'));
  expect(maps).toEqual([expect.stringMatching(new RegExp(`^/assets/map-\\d{4}-${latest}-`))]);
  const loaded = maps.length;
  const requests: string[] = [];
  // Chrome asks for the page's icon again when the address changes: not the app's doing.
  page.on('request', (r) => void (!/favicon/.test(r.url()) && requests.push(r.url())));
  await slider(page).focus();
  await page.keyboard.press('Home');
  await expect(count(page)).toHaveAttribute('data-member-count', '12');
  await expect(page.locator('[data-unit="SUN"]')).toHaveAttribute('d', /^M/);
  await page.keyboard.press('PageUp');
  await expect(page.locator('[data-unit="DDR"]')).toHaveAttribute('d', /^M/);
  expect(requests).toEqual([]);
  expect(maps).toHaveLength(loaded);
});

test('a Cold War year page fetches, in one file, the paths of the years after it', async ({ page }) => {
  const maps: string[] = [];
  page.on('request', (r) => void (/\/assets\/map-/.test(r.url()) && maps.push(new URL(r.url()).pathname)));
  await page.goto('/1985/', { waitUntil: 'networkidle' });
  await appReady(page);
  const [from, to] = (/^\/assets\/map-(\d{4})-(\d{4})-/.exec(maps[0] ?? '') ?? []).slice(1).map(Number);
  expect(maps).toHaveLength(1);
  expect(from! <= 1985 && 1985 <= to!).toBe(true);
  await slider(page).focus();
  await page.keyboard.press('End');
  await expect(page.locator('[data-unit="UKR"]')).toHaveAttribute('d', /^M/);
  await expect(page.locator('[data-disputed="crimea"]')).toHaveAttribute('d', /^M/);
  expect(maps).toHaveLength(1);
});

test('the details load when a country is first opened, and with the app on a link that opens one', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (r) => void (/\/assets\/UnitDetails-/.test(r.url()) && chunks.push(new URL(r.url()).pathname)));
  const preloaded = () => page.locator('head link[rel="modulepreload"][href*="/assets/UnitDetails-"]');
  // A page with no country open does not fetch them, until one is opened.
  await page.goto('/2004/', { waitUntil: 'networkidle' });
  await appReady(page);
  expect(chunks).toEqual([]);
  await expect(preloaded()).toHaveCount(0);
  await page.locator('[data-unit="POL"]').click();
  await expect(page.getByRole('region', { name: /Poland/ })).toBeVisible();
  expect(chunks).toHaveLength(1);

  // A link that opens a country preloads them from the head, before the app starts.
  chunks.length = 0;
  await page.goto('/2004/?country=EST');
  await expect(preloaded()).toHaveCount(1);
  await appReady(page);
  await expect(page.getByRole('region', { name: /Estonia/ })).toBeVisible();
  expect(chunks).toEqual([chunks[0]]);
  // Also on the home page, which then stays (its own year).
  await page.goto('/?country=EST');
  await expect(preloaded()).toHaveCount(1);
  await expect(page.getByRole('region', { name: /Estonia/ })).toBeVisible();
});

test('a year preview image is served', async ({ request }) => {
  const response = await request.get('/og/2004.png');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  expect(png.readUInt32BE(16)).toBe(1200);
  expect(png.readUInt32BE(20)).toBe(630);
});

test('when the map data cannot be loaded, the page says so and Retry recovers', async ({ page }) => {
  await page.route('**/assets/map-*.json', (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await page.unroute('**/assets/map-*.json');
  await page.getByRole('button', { name: 'Retry' }).click();
  await appReady(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await slider(page).focus();
  await page.keyboard.press('Home');
  await expect(count(page)).toHaveAttribute('data-member-count', '12');
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a second visit works with no network', async ({ page, context }) => {
    await openApp(page, '/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await appReady(page);
    await expect(count(page)).toHaveAttribute('data-member-count', '32');
    // A year page never visited: the cached app draws the year its address names.
    await openApp(page, '/1999/');
    await expect(count(page)).toHaveAttribute('data-member-count', '19');
    // A link to another year: the home page sends it on to that year's page, which is not cached
    // either, so the cached home page comes back for it and draws the year (without sending it on again).
    await openApp(page, '/?year=2004');
    await expect(count(page)).toHaveAttribute('data-member-count', '26');
    await expect(page).toHaveURL(address('/?year=2004'));
  });
});
