import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open';

const unit = (page: Page, code: string) => page.locator(`[data-unit="${code}"]`);
const fill = (page: Page, code: string) => unit(page, code).evaluate((el) => getComputedStyle(el).fill);
const legendKeys = (page: Page) =>
  page.locator('[data-legend] [data-legend-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-legend-key')));

test('the lens switch recolours the map for the EU and for both, the address follows, and Back walks back', async ({ page }) => {
  await openApp(page, '/?year=2004');
  const group = page.getByRole('group', { name: 'Colours show' });
  await expect(group.getByRole('radio', { name: 'NATO' })).toBeChecked();
  // Austria (in the EU, not in NATO) and Poland (in both) look alike in the EU lens, not in NATO's.
  const natoAustria = await fill(page, 'AUT');
  expect(natoAustria).not.toBe(await fill(page, 'CZE'));
  await expect(unit(page, 'AUT')).toHaveAttribute('data-status', 'non-member partner');
  await expect(unit(page, 'AUT')).toHaveAttribute('data-eu', 'true');

  // With the keyboard: the checked radio is the Tab stop, the arrow keys choose.
  await group.getByRole('radio', { name: 'NATO' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(group.getByRole('radio', { name: 'EU' })).toBeChecked();
  await expect(page).toHaveURL(/\?year=2004&lens=eu$/);
  await expect(page.locator('.change-caption')).toHaveText(/^2004: ten states joined the EU/);
  await expect(page.locator('[data-eu-count]')).toHaveAttribute('data-eu-count', '25');
  await expect(page.locator('[data-member-count]')).toHaveAttribute('data-member-count', '26');
  expect(await legendKeys(page)).toEqual(['eu-member', 'eu-joined', 'eu-non-member', 'occupied']);
  expect(await fill(page, 'AUT')).toBe(await fill(page, 'FRA'));
  expect(await fill(page, 'NOR')).not.toBe(await fill(page, 'FRA'));
  await expect(unit(page, 'NOR')).toHaveAttribute('aria-label', 'Norway, not in the EU');

  await group.getByRole('radio', { name: 'Both' }).click();
  await expect(page).toHaveURL(/\?year=2004&lens=both$/);
  expect(await legendKeys(page)).toEqual(['both', 'nato-only', 'eu-only', 'neither', 'occupied']);
  const [both, natoOnly, euOnly, neither] = await Promise.all(['POL', 'NOR', 'AUT', 'CHE'].map((c) => fill(page, c)));
  expect(new Set([both, natoOnly, euOnly, neither]).size).toBe(4);

  await page.goBack();
  await expect(page).toHaveURL(/\?year=2004&lens=eu$/);
  await expect(group.getByRole('radio', { name: 'EU' })).toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/\?year=2004$/);
  await expect(group.getByRole('radio', { name: 'NATO' })).toBeChecked();
  expect(await fill(page, 'AUT')).toBe(natoAustria);
});

test('the details of a state in NATO and the EU give both dates and its path to NATO', async ({ page }) => {
  await openApp(page, '/?year=2024&country=POL&lens=eu');
  const details = page.getByRole('region', { name: /Poland/ });
  const dates = details.getByRole('group', { name: 'NATO and EU' });
  await expect(dates).toContainText('NATO: 12 March 1999');
  await expect(dates).toContainText('EU: 1 May 2004');
  await expect(dates).toContainText('NATO 5 years earlier');
  const strip = details.getByRole('list', { name: 'Path to NATO' });
  await expect(strip.getByRole('listitem')).toHaveText([/Partner\s*2 February 1994/, /Invited\s*8 July 1997/, /Member\s*12 March 1999/]);
  await expect(strip.getByRole('link', { name: '8 July 1997' })).toHaveAttribute('href', /^https:\/\/www\.nato\.int\//);
});

test('an unknown lens shows NATO and says so', async ({ page }) => {
  await openApp(page, '/?year=1999&lens=warsaw');
  await expect(page.getByRole('status')).toContainText('warsaw');
  await expect(page.getByRole('radio', { name: 'NATO' })).toBeChecked();
  await expect(page).toHaveURL(/\?year=1999$/);
});
