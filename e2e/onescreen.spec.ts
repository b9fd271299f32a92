import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open';

const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

for (const [width, height] of [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
  [2560, 1440],
] as const) {
  test(`at ${width}×${height} the map, slider and legend share one screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openApp(page, '/?year=1999&country=POL');
    await expect(page.getByRole('region', { name: /Poland/ })).toBeVisible();
    await expect(slider(page)).toBeInViewport({ ratio: 1 });
    await expect(page.locator('svg.map')).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('list', { name: 'Legend' })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: 'Play' })).toBeInViewport({ ratio: 1 });
    await expect(page.locator('[data-member-count]')).toBeInViewport({ ratio: 1 });
    const map = await box(page, 'svg.map');
    expect((map.width * map.height) / (width * height)).toBeGreaterThanOrEqual(0.45);
    // The drawing itself (the map fits its box both ways) is most of that.
    const drawn = Math.min(map.width, map.height / 0.642) * Math.min(map.height, map.width * 0.642);
    expect(drawn / (width * height)).toBeGreaterThanOrEqual(0.4);
    // No page scrolling: the details and events scroll in their own column.
    expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(0);
    // The side column's end (share bar, credits) is reachable by scrolling it.
    const share = page.getByRole('button', { name: 'Copy link' });
    await share.scrollIntoViewIfNeeded();
    await expect(share).toBeInViewport();
    await expect(slider(page)).toBeInViewport({ ratio: 1 });
  });
}

for (const [width, height] of [
  [390, 844],
  [375, 667],
  [360, 640],
] as const) {
  test.describe(`on a ${width}×${height} phone`, () => {
    test.use({ viewport: { width, height }, hasTouch: true, isMobile: true });

    test('the map takes 40% of the height and the slider is in the first screen', async ({ page }) => {
      await openApp(page, '/?year=1999');
      const map = await box(page, 'svg.map');
      expect(map.height / height).toBeGreaterThanOrEqual(0.4);
      await expect(slider(page)).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('list', { name: 'Legend' })).toBeInViewport({ ratio: 1 });
    });

    test('in the EU lenses too, with the EU count beside the year, the slider is in the first screen', async ({ page }) => {
      for (const lens of ['eu', 'both']) {
        await openApp(page, `/?year=2004&lens=${lens}`);
        await expect(page.locator('[data-eu-count]')).toBeVisible();
        await expect(slider(page)).toBeInViewport({ ratio: 1 });
        // The Table button stays on the year's line rather than taking a line of its own.
        const year = await box(page, '.year-heading');
        const toggle = await box(page, '.view-toggle');
        expect(toggle.y).toBeLessThan(year.y + year.height);
      }
    });

    test('a tapped country and its details are both in view, the details as a sheet with a close button', async ({ page }) => {
      await openApp(page, '/?year=1999');
      const poland = page.locator('path[data-unit="POL"]');
      await poland.tap();
      const details = page.getByRole('region', { name: /Poland/ });
      await expect(details).toBeInViewport();
      const sheet = (await details.boundingBox())!;
      const country = (await poland.boundingBox())!;
      expect(country.y).toBeGreaterThanOrEqual(0);
      // The country is above the sheet, not under it.
      expect(country.y + country.height).toBeLessThanOrEqual(sheet.y + 1);
      expect(sheet.height).toBeLessThanOrEqual(height * 0.56);
      await expect(details.getByRole('button', { name: 'Close' })).toBeInViewport();
      await details.getByRole('button', { name: 'Close' }).tap();
      await expect(details).toHaveCount(0);
    });

    test('the caption keeps its height, so the controls under it stay still', async ({ page }) => {
      await openApp(page, '/?year=2004');
      const play = await box(page, '.playback__play');
      await slider(page).fill('1990');
      await expect(page.locator('.change-caption')).toContainText('1990');
      expect((await box(page, '.playback__play')).y).toBe(play.y);
    });
  });
}

test('skip links lead past the header to the map and to the slider', async ({ page }) => {
  await openApp(page, '/?year=2004');
  await page.keyboard.press('Tab');
  const toMap = page.getByRole('link', { name: 'Skip to map' });
  await expect(toMap).toBeFocused();
  await expect(toMap).toBeInViewport();
  await page.keyboard.press('Tab');
  await page.getByRole('link', { name: 'Skip to year slider' }).press('Enter');
  await expect(slider(page)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.getByRole('link', { name: 'Skip to map' }).press('Enter');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-unit'))).toBeTruthy();
});

test('while the year moves fast, what lags behind is muted until it catches up', async ({ page }) => {
  await page.clock.install();
  await openApp(page, '/?year=2004');
  await page.clock.pauseAt(Date.now() + 60_000);
  await slider(page).focus();
  // Two steps in quick succession (the clock stands still): the first shows everywhere at once.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('[data-member-count]')).toHaveAttribute('data-member-count', '19');
  await expect(page.locator('.app__panels')).toHaveAttribute('data-stale', 'true');
  await expect(page.locator('.app__caption')).toHaveAttribute('data-stale', 'true');
  await expect(page.locator('.app__panels')).toHaveCSS('opacity', '0.5');
  await page.clock.runFor(400);
  await expect(page.locator('.app__panels')).not.toHaveAttribute('data-stale');
  await expect(page.locator('.change-caption')).toContainText('2002');
});

test('the Table button says Map while the table is shown', async ({ page }) => {
  await openApp(page, '/?year=2004');
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('button', { name: 'Map' }).click();
  await expect(page.locator('svg.map')).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the year labels sit in one row, apart and inside the track, at every width (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const width of [320, 360, 390, 768, 1280, 1920, 2560]) {
      await page.setViewportSize({ width, height: 900 });
      await openApp(page, '/?year=1999');
      // The labels are laid out once the track has been measured: checked until they settle.
      await expect(async () => {
        const labels = await page.locator('.mark a').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
        const track = (await page.locator('.slider').boundingBox())!;
        expect(labels.length, `${width}`).toBeGreaterThanOrEqual(4);
        expect(new Set(labels.map((r) => Math.round(r.top))).size, `${width}`).toBe(1);
        for (let i = 1; i < labels.length; i++) expect(labels[i]!.left, `${width}`).toBeGreaterThanOrEqual(labels[i - 1]!.right);
        expect(labels[0]!.left).toBeGreaterThanOrEqual(track.x);
        expect(labels[labels.length - 1]!.right).toBeLessThanOrEqual(track.x + track.width);
      }).toPass({ timeout: 5000 });
      await expect(page.locator('.mark a').first()).toContainText(/’?49/);
      await expect(page.locator('.mark a').last()).toContainText(/’?24|20\d\d/);
    }
  });
}
