import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open';
import { dragSliderToStart } from './slider';

const unit = (page: Page, code: string) => page.locator(`[data-unit="${code}"]`);
const count = (page: Page) => page.locator('[data-member-count]');
const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });

test('dragging the slider with the mouse walks NATO back in time', async ({ page }) => {
  await openApp(page, '/');
  await expect(count(page)).toHaveAttribute('data-member-count', '32');
  await expect(unit(page, 'SWE')).toHaveAttribute('data-member', 'true');

  await dragSliderToStart(page);

  await expect(slider(page)).toHaveAttribute('aria-valuenow', '1949');
  await expect(count(page)).toHaveAttribute('data-member-count', '12');
  await expect(count(page)).toHaveText('12 members');
  await expect(unit(page, 'SWE')).toHaveAttribute('data-status', 'non-member');
  await expect(unit(page, 'USA')).toHaveAttribute('data-status', 'joined');
  await expect(page).toHaveURL(/\?year=1949$/);
  const fill = await unit(page, 'SWE').evaluate((el) => getComputedStyle(el).fill);
  const usFill = await unit(page, 'FRA').evaluate((el) => getComputedStyle(el).fill);
  expect(fill).not.toBe(usFill);
});

test('once a drag stops, every panel shows the year it reached', async ({ page }) => {
  await openApp(page, '/?country=POL');
  await dragSliderToStart(page);
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

test('clicking a country tells when it joined', async ({ page }) => {
  await openApp(page, '/?year=2004');
  await unit(page, 'EST').click();
  const region = page.getByRole('region', { name: /Estonia/ });
  await expect(region).toContainText('29 March 2004 · 2004 enlargement');
  await expect(region).toContainText('joined this year');
  await expect(page).toHaveURL(/\?year=2004&country=EST$/);
  await page.keyboard.press('Escape');
  await expect(region).toHaveCount(0);
});

test('a shared link opens the same year and country', async ({ page }) => {
  await openApp(page, '/?year=1999&country=POL');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '1999');
  await expect(count(page)).toHaveText('19 members');
  await expect(unit(page, 'POL')).toHaveAttribute('data-status', 'joined');
  await expect(page.getByRole('region', { name: /Poland/ })).toContainText('12 March 1999');
  const events = page.getByRole('list', { name: 'Events' });
  await expect(events.getByRole('listitem').first()).toBeVisible();
  await expect(events.getByRole('listitem').filter({ hasText: 'Hungary join' }).getByRole('link')).toHaveAttribute('href', /^https:/);
});

test('Back and Forward walk through what the user did', async ({ page }) => {
  await openApp(page, '/?year=2000');
  await slider(page).focus();
  await page.keyboard.press('Home');
  await page.waitForTimeout(700); // let the year settle into its own history entry
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

test('bad URL values leave a working page and a polite notice', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`));
  await openApp(page, '/?year=abc&country=%3Cscript%3Ealert(1)%3C/script%3E');
  await expect(page.getByRole('status')).toContainText('“abc” is not on the map');
  await expect(count(page)).toHaveAttribute('data-member-count', '32');
  await expect(page).toHaveURL(/\/$/);
  expect(errors).toEqual([]);
});
