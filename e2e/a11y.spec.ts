import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open';

const unit = (page: Page, code: string) => page.locator(`[data-unit="${code}"]`);
const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });

async function expectNoAxeViolations(page: Page) {
  // axe walks every path of the map: slow on a busy machine, so it gets time (this is not a timing test).
  test.setTimeout(180_000);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('axe finds no violations', () => {
  test('on the default view', async ({ page }) => {
    await openApp(page, '/');
    await expect(unit(page, 'SWE')).toHaveAttribute('data-member', 'true');
    await expectNoAxeViolations(page);
  });

  test('with a country open', async ({ page }) => {
    await openApp(page, '/?year=1999&country=POL');
    await expect(page.getByRole('region', { name: /Poland/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('in the table view, with a notice', async ({ page }) => {
    await openApp(page, '/?year=2004&country=ZZZ');
    await page.getByRole('button', { name: 'Table' }).click();
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('in embed mode, if the app has one', async ({ page }) => {
    await openApp(page, '/?embed=1');
    await expect(unit(page, 'SWE')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('axe finds no violations, with and without a country open', async ({ page }) => {
    await openApp(page, '/?year=2004');
    await expectNoAxeViolations(page);
    await unit(page, 'EST').tap();
    await expect(page.getByRole('region', { name: /Estonia/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the language links are targets of 24 px or more (WCAG 2.5.8)', async ({ page }) => {
    await openApp(page, '/?year=2004');
    const links = page.getByRole('navigation', { name: 'Language' }).getByRole('link');
    await expect(links).toHaveCount(6);
    for (const link of await links.all()) expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(24);
  });
});

// The one-screen layouts: laptops and desktops, and phones (where the details open as a sheet).
for (const [width, height] of [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
  [2560, 1440],
] as const) {
  test(`axe finds no violations at ${width}×${height}, with a country open`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openApp(page, '/?year=1985&country=POL');
    await expect(page.getByRole('region', { name: /Poland/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

for (const [width, height] of [
  [360, 640],
  [430, 932],
] as const) {
  test.describe(`on a ${width}×${height} phone`, () => {
    test.use({ viewport: { width, height }, hasTouch: true, isMobile: true });

    test('axe finds no violations, with and without a country open', async ({ page }) => {
      await openApp(page, '/?year=1999');
      await expectNoAxeViolations(page);
      await unit(page, 'POL').tap();
      await expect(page.getByRole('region', { name: /Poland/ })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test('at 320 px the page needs no horizontal scrolling, map or table', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openApp(page, '/?year=1999&country=POL');
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBe(0);
  // The Table button, top right, used to cover the end of "19 members".
  const count = (await page.locator('[data-member-count]').boundingBox())!;
  const toggle = (await page.getByRole('button', { name: 'Table' }).boundingBox())!;
  expect(count.x + count.width <= toggle.x || count.y >= toggle.y + toggle.height).toBe(true);
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  expect(await overflow()).toBe(0);
});

// 200% zoom of a 1280 × 800 window lays the page out in 640 × 400 CSS pixels.
test('at 200% zoom the page reflows and its controls work', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await openApp(page, '/?year=2004');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await slider(page).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '2003');
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByRole('table')).toBeVisible();
});
