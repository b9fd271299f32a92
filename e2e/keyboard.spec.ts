import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open';

const unit = (page: Page, code: string) => page.locator(`[data-unit="${code}"]`);
const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const focusedUnit = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-unit') ?? null);

test('keyboard only: Tab to the map, arrows to Germany’s neighbours, Enter, Escape, Tab to the slider', async ({ page }) => {
  await openApp(page, '/?year=2004');
  // The year's seven new members are outlined, in a line that shows (until the slider leaves 2004, below).
  const outlines = page.locator('.joined-outline');
  await expect(outlines).toHaveCount(7);
  expect(await outlines.first().evaluate((el) => parseFloat(getComputedStyle(el).strokeWidth))).toBeGreaterThanOrEqual(1.5);
  // Past the two skip links (to the map, to the slider).
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to map' })).toBeFocused();
  // Past the language picker's six links under the title and the border figure's source link, on
  // the same line, the Table button; then the map, once.
  const table = page.getByRole('button', { name: 'Table' });
  for (let i = 0; i < 10 && !(await table.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(table).toBeFocused();
  for (let i = 0; i < 4 && (await focusedUnit(page)) === null; i++) await page.keyboard.press('Tab');
  expect(await focusedUnit(page)).toBe('USA'); // the westernmost country, in the North American inset
  expect(await page.locator('[data-unit][tabindex="0"]').count()).toBe(1);

  // Visible focus: a ring drawn over the focused country, in the focus colour.
  const ring = page.locator('.focus-ring__line');
  await expect(ring).toHaveAttribute('d', (await unit(page, 'USA').getAttribute('d'))!);
  expect(await ring.evaluate((el) => getComputedStyle(el).stroke)).toBe('rgb(138, 18, 119)');

  await page.keyboard.press('Escape');
  await unit(page, 'DEU').focus();
  for (const [key, code] of [
    ['ArrowRight', 'CZE'],
    ['ArrowLeft', 'DEU'],
    ['ArrowUp', 'DNK'],
    ['ArrowDown', 'DEU'],
    ['ArrowLeft', 'BEL'],
  ] as const) {
    await page.keyboard.press(key);
    expect(await focusedUnit(page)).toBe(code);
  }
  await expect(ring).toHaveAttribute('d', (await unit(page, 'BEL').getAttribute('d'))!);
  await page.keyboard.press('End');
  const last = await focusedUnit(page);
  await page.keyboard.press('Home');
  expect(await focusedUnit(page)).toBe('USA');
  expect(last).not.toBe('USA');

  await unit(page, 'EST').focus();
  await page.keyboard.press('Enter');
  const region = page.getByRole('region', { name: /Estonia/ });
  await expect(region).toContainText('29 March 2004');
  await page.keyboard.press('Escape');
  await expect(region).toHaveCount(0);
  expect(await focusedUnit(page)).toBe('EST');
  await expect(ring).toHaveCount(1);

  await page.keyboard.press('Space');
  await expect(region).toBeVisible();
  await page.keyboard.press('Escape');

  // Tab leaves the map for the map's own buttons, then the timeline's, then the slider.
  for (let i = 0; i < 12 && !(await slider(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(slider(page)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '2005');
  await expect(outlines).toHaveCount(0);
  // Shift+Tab comes back to the same country, not to the start of the map.
  for (let i = 0; i < 12 && (await focusedUnit(page)) === null; i++) await page.keyboard.press('Shift+Tab');
  expect(await focusedUnit(page)).toBe('EST');
});

test('a click shows no focus ring; the keyboard does', async ({ page }) => {
  await openApp(page, '/?year=2004');
  await unit(page, 'FRA').click();
  await expect(page.getByRole('region', { name: /France/ })).toBeVisible();
  await expect(page.locator('.focus-ring')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.focus-ring')).toHaveCount(1);
});

test('prefers-reduced-motion turns transitions off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, '/');
  const duration = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.transition = 'opacity 2s';
    document.body.append(probe);
    return getComputedStyle(probe).transitionDuration;
  });
  expect(duration).toBe('0s');
});
