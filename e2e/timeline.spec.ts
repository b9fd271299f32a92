import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open';

const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const border = (page: Page) => page.locator('[data-russia-border-km]');
const caption = (page: Page) => page.locator('.change-caption');

/** Opens the page on a fake, paused clock: the test steps time itself instead of waiting on it. */
async function frozenClock(page: Page, url: string) {
  const start = Date.parse('2030-01-01T00:00:00Z');
  await page.clock.install({ time: start });
  await openApp(page, url);
  await page.clock.pauseAt(start + 60_000);
}

test('Play walks through the years, Pause stops it, one history entry for the whole run', async ({ page }) => {
  await frozenClock(page, '/?year=1960');
  const entries = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  for (let i = 0; i < 3; i++) await page.clock.runFor(700);
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '1963');
  await expect(page).toHaveURL(/\?year=1963$/);

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.clock.runFor(5000);
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '1963');
  expect(await page.evaluate(() => history.length)).toBe(entries + 1);

  await page.goBack();
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '1960');
});

test('Space on the slider plays and pauses; an arrow key takes over', async ({ page }) => {
  await frozenClock(page, '/?year=2000');
  await slider(page).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.clock.runFor(700);
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '2001');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.clock.runFor(3000);
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '2000');
});

test('next and previous round jump between the years NATO changed', async ({ page }) => {
  await openApp(page, '/?year=1985');
  const next = page.getByRole('button', { name: /next round/i });
  const previous = page.getByRole('button', { name: /previous round/i });
  await next.click();
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '1990');
  await expect(caption(page)).toHaveText('1990: the former East Germany became NATO territory as part of Germany — 16 members');
  await next.click();
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '1999');
  await expect(caption(page)).toContainText('Czech Republic, Hungary and Poland joined');
  await previous.click();
  await previous.click();
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '1982');
  await expect(page).toHaveURL(/\?year=1982$/);
});

test('an event marker shows its title and jumps to its year, highlighting the event', async ({ page }) => {
  await openApp(page, '/');
  const marker = page.getByRole('group', { name: 'Events on the timeline' }).getByRole('button', { name: /War between Russia and Georgia/ });
  await marker.hover();
  await expect(page.getByText('7 – 12 August 2008: War between Russia and Georgia', { exact: false }).first()).toBeVisible();
  await marker.click();
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '2008');
  const item = page.getByRole('list', { name: 'Events' }).getByRole('listitem').filter({ hasText: 'War between Russia and Georgia' });
  await expect(item).toHaveAttribute('aria-current', 'true');
  await expect(item).toBeInViewport();
  const background = await item.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('the land border with Russia follows the year', async ({ page }) => {
  const years: [string, string, string][] = [
    ['?year=1995', '191', '191 km'],
    ['?year=2004', '1317', '1,317 km'],
    ['', '2626', '2,626 km'],
  ];
  for (const [search, km, text] of years) {
    await openApp(page, `/${search}`);
    await expect(border(page)).toHaveAttribute('data-russia-border-km', km);
    await expect(border(page)).toContainText(text);
  }
  await expect(border(page)).toBeVisible();
});

test('the accession years under the slider never run into each other, from 320 px to a desktop', async ({ page }) => {
  for (const width of [320, 375, 640, 900, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await openApp(page, '/?year=2004');
    const marks = page.getByRole('list', { name: 'Years in which NATO grew' }).getByRole('button');
    // The year shown is always labelled; named by the full year, also where a narrow slider
    // shows ’04 (as "’04 (2004)").
    await expect(marks.and(page.getByRole('button', { name: /\b2004\b/ }))).toBeVisible();
    const clashes = await marks.evaluateAll((buttons) => {
      const boxes = buttons.map((b) => ({ name: b.getAttribute('aria-label'), r: b.getBoundingClientRect() }));
      return boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom).map((b) => `${a.name}/${b.name}`));
    });
    expect(clashes, `${width} px`).toEqual([]);
  }
  // Shortened on a phone, each still goes by its full year.
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(page.getByRole('button', { name: '’04 (2004)' })).toBeVisible();
  await page.getByRole('list', { name: 'Years in which NATO grew' }).getByRole('button', { name: '’49 (1949)' }).click();
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '1949');
});
