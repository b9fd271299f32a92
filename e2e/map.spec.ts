import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open';
import { dragSliderToStart } from './slider';

const unit = (page: Page, code: string) => page.locator(`[data-unit="${code}"]`);
const count = (page: Page) => page.locator('[data-member-count]');
const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });

test('dragging the slider with the mouse walks NATO back in time, and once it stops every panel shows that year', async ({ page }) => {
  await openApp(page, '/?country=POL');
  await expect(count(page)).toHaveAttribute('data-member-count', '32');
  await expect(unit(page, 'SWE')).toHaveAttribute('data-member', 'true');

  await dragSliderToStart(page);

  await expect(slider(page)).toHaveAttribute('aria-valuenow', '1949');
  await expect(count(page)).toHaveAttribute('data-member-count', '12');
  await expect(count(page)).toHaveText('12 members');
  await expect(unit(page, 'SWE')).toHaveAttribute('data-status', 'non-member');
  await expect(unit(page, 'USA')).toHaveAttribute('data-status', 'joined');
  await expect(page).toHaveURL(/\?year=1949&country=POL$/);
  const fill = await unit(page, 'SWE').evaluate((el) => getComputedStyle(el).fill);
  const usFill = await unit(page, 'FRA').evaluate((el) => getComputedStyle(el).fill);
  expect(fill).not.toBe(usFill);

  await expect(page.locator('.change-caption')).toHaveText(/^1949: .* founded the alliance — 12 members$/);
  await expect(page.locator('[data-russia-border-km]')).toHaveAttribute('data-russia-border-km', '191');
  await expect(page.getByRole('heading', { name: 'Events in 1949' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Poland/ })).toContainText('In 1949: not a member');
  await expect(page.locator('.member-list summary')).toHaveText('The 12 members on 31 December 1949');
});

test('arrow keys, Home and End move the year', async ({ page }) => {
  await openApp(page, '/?year=1998');
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '1999');
  await expect(unit(page, 'POL')).toHaveAttribute('data-status', 'joined');
  await page.keyboard.press('Home');
  await expect(count(page)).toHaveAttribute('data-member-count', '12');
  await page.keyboard.press('End');
  await expect(count(page)).toHaveAttribute('data-member-count', '32');
});

test('Back and Forward walk through what the user did', async ({ page }) => {
  // A fake, paused clock: the test lets the year settle into its own history entry instead of waiting for it.
  const start = Date.parse('2030-01-01T00:00:00Z');
  await page.clock.install({ time: start });
  await openApp(page, '/?year=2000');
  await page.clock.pauseAt(start + 60_000);
  await slider(page).focus();
  await page.keyboard.press('Home');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '1949');
  await page.clock.runFor(700);
  await unit(page, 'POL').click();
  await expect(page).toHaveURL(/\?year=1949&country=POL$/);

  await page.goBack();
  await expect(page).toHaveURL(/\?year=1949$/);
  await expect(page.getByRole('region', { name: /Poland/ })).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(/\?year=2000$/);
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '2000');
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('region', { name: /Poland/ })).toBeVisible();
});
