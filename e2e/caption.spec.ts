import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open';

const caption = (page: Page) => page.locator('.app__caption .change-caption');
const whole = (page: Page) => page.getByRole('button', { name: 'Show the whole sentence' });
/** How much of the sentence its box hides (px, across or down): the caption's line, or the panel it is shown whole on. */
const hidden = (page: Page) =>
  caption(page).evaluate((p) => {
    const box = p.hasAttribute('data-whole') ? p.querySelector('.change-caption__text')! : p;
    return Math.max(box.scrollWidth - box.clientWidth, box.scrollHeight - box.clientHeight);
  });

for (const [width, height, url] of [
  [1280, 720, '/2004/?lens=both'],
  [1920, 1080, '/?year=1949'],
  [390, 844, '/2004/?lens=both'],
  [360, 640, '/2004/'],
] as const) {
  test(`at ${width}×${height}, a sentence its line cuts short (${url}) can be read whole, over the map, which stays put`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openApp(page, url);
    await expect(whole(page)).toBeVisible();
    await expect(whole(page)).toHaveAttribute('aria-expanded', 'false');
    expect(await hidden(page)).toBeGreaterThan(0);
    const map = await page.locator('svg.map').boundingBox();
    const sentence = await caption(page).textContent();

    await whole(page).click();
    await expect(whole(page)).toHaveAttribute('aria-expanded', 'true');
    expect(await hidden(page)).toBe(0);
    await expect(page.locator('.change-caption__text')).toBeInViewport({ ratio: 1 });
    // The whole sentence is on top: the point under its last line is the sentence, not the map.
    const text = (await page.locator('.change-caption__text').boundingBox())!;
    const top = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.change-caption__text') !== null,
      [text.x + text.width / 2, text.y + text.height - 4],
    );
    expect(top).toBe(true);
    expect(await page.locator('svg.map').boundingBox()).toEqual(map);
    expect(await caption(page).textContent()).toBe(sentence);

    await page.keyboard.press('Escape');
    await expect(whole(page)).toHaveAttribute('aria-expanded', 'false');
    expect(await hidden(page)).toBeGreaterThan(0);
  });
}

test('a sentence that fits its line has no button, and the next year closes the whole one', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, '/2013/');
  await expect(caption(page)).toHaveText(/^2013: no change/);
  await expect(whole(page)).toHaveCount(0);

  await openApp(page, '/2004/');
  await whole(page).click();
  await page.getByRole('slider', { name: 'Year' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(caption(page)).toHaveText(/^2005: no change/);
  await expect(whole(page)).toHaveCount(0);
  await expect(caption(page)).not.toHaveAttribute('data-whole');
});
