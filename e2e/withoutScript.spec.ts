import { expect, test } from '@playwright/test';
import { openApp } from './open';

const slider = (page: import('@playwright/test').Page) => page.getByRole('slider', { name: 'Year' });

test.describe('a year page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/1999/ links to the rounds before and after, and to every round’s page, and shows no button', async ({ page }) => {
    await page.goto('/1999/');
    await expect(page.getByRole('link', { name: 'Previous round: 1990' })).toHaveAttribute('href', '/1990/');
    await expect(page.getByRole('link', { name: 'Next round: 2004' })).toHaveAttribute('href', '/2004/');
    const years = page.getByRole('list', { name: 'Years in which NATO grew' }).getByRole('link');
    await expect(years.filter({ hasText: '2004' })).toBeVisible();
    expect(await years.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
      expect.arrayContaining(['/1949/', '/1999/', '/2004/']),
    );
    // Play, zoom, the slider, Table, Copy link, Embed, the downloads: none of them would do anything.
    await expect(page.locator('button:visible, input:visible')).toHaveCount(0);
    await expect(page.getByText('Without JavaScript the map shows one year')).toBeVisible();

    await page.getByRole('link', { name: 'Next round: 2004' }).click();
    await expect(page).toHaveURL(/\/2004\/$/);
    await expect(page.locator('[data-member-count]')).toHaveText('26 members');
  });

  test('/1999/ reads as a page: what happened that year, each event with its date and source', async ({ page }) => {
    await page.goto('/1999/');
    const brief = page.locator('section', { has: page.getByRole('heading', { name: '1999 in brief' }) });
    await expect(brief).toBeVisible();
    await expect(brief).toContainText('Czech Republic, Hungary and Poland joined');
    await expect(brief).toContainText('12 March 1999');
    const sources = brief.getByRole('link');
    expect(await sources.count()).toBeGreaterThan(0);
    for (const href of await sources.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^https:\/\//);
  });
});

test('with JavaScript, the round links change the year in place and the address says ?year=', async ({ page }) => {
  await openApp(page, '/1999/');
  // A full load would clear this mark.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.getByRole('link', { name: 'Next round: 2004' }).click();
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '2004');
  await expect(page).toHaveURL((url) => url.pathname + url.search === '/?year=2004');
  await page.getByRole('list', { name: 'Years in which NATO grew' }).getByRole('link', { name: '1999' }).click();
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '1999');
  await expect(page).toHaveURL((url) => url.pathname + url.search === '/?year=1999');
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});
