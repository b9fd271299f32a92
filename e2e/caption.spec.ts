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

for (const [width, height] of [
  [1280, 720],
  [390, 844],
] as const) {
  test(`at ${width}×${height}, while the timeline plays, the sentence stands whole over the map, and its place keeps its height`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openApp(page, '/?year=2003');
    const row = await page.locator('.app__caption').boundingBox();
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(caption(page)).toHaveAttribute('data-playing');
    const text = page.locator('.change-caption__text');
    // Below the caption's line, on the map, in view and not cut (its line used to clip it away).
    const box = (await text.boundingBox())!;
    expect(box.y).toBeGreaterThan(row!.y + row!.height);
    await expect(text).toBeInViewport({ ratio: 1 });
    expect(await text.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    // On top of the map: the point under it is the sentence (hit-tested as if it took the pointer,
    // which it lets through to the map while it plays).
    await text.evaluate((el) => (el.style.pointerEvents = 'auto'));
    const seen = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.change-caption__text') !== null,
      [box.x + 8, box.y + box.height / 2],
    );
    expect(seen).toBe(true);
    // To the pixel (the height held while playing is a whole number of pixels).
    const rounded = (b: { x: number; y: number; width: number; height: number } | null) => Object.values(b!).map(Math.round);
    expect(rounded(await page.locator('.app__caption').boundingBox())).toEqual(rounded(row));
    await page.getByRole('button', { name: 'Pause' }).click();
  });
}
