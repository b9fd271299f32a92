import { expect, test } from '@playwright/test';
import { openApp } from './open';

/** The frames a newsroom pastes the map into: a sidebar, the default, a wide article column, a banner. */
const FRAMES = [
  { width: 320, height: 240 },
  { width: 600, height: 450 },
  { width: 800, height: 600 },
  { width: 1200, height: 350 },
];

for (const frame of FRAMES) {
  test(`embedded at ${frame.width}×${frame.height}: title, map, Play, slider, legend and source line, no scrolling`, async ({ page }) => {
    await page.setViewportSize(frame);
    await openApp(page, '/?year=2004&country=POL&embed=1');
    const whole = { ratio: 1 };
    await expect(page.getByText(/^2004: .*joined/)).toBeInViewport(whole);
    await expect(page.getByRole('button', { name: 'Play' })).toBeInViewport(whole);
    await expect(page.getByRole('slider', { name: 'Year' })).toBeInViewport(whole);
    await expect(page.locator('[data-legend]')).toBeInViewport(whole);
    await expect(page.getByText(/^Sources: NATO/)).toBeVisible();
    const full = page.getByRole('link', { name: /Open the full map/ });
    await expect(full).toBeInViewport(whole);
    await expect(full).toHaveAttribute('target', '_blank');
    await expect(full).toHaveAttribute('rel', /noopener/);
    expect(new URL((await full.getAttribute('href'))!).search).toBe('?year=2004&country=POL');
    const size = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
    expect(size).toEqual([frame.width, frame.height]);

    // The drawing itself (its sea), not its box: a map fitted into a box leaves bands beside it.
    const map = (await page.locator('.map .sea').boundingBox())!;
    if (frame.width / frame.height < 2) {
      expect(map.width / frame.width).toBeGreaterThanOrEqual(0.85);
    } else {
      // A banner is too short for a map of this shape to span 85% of it (350 px high is at most
      // 545 px wide): the map takes the full height, and the rest stands beside it, no band left.
      expect(map.height / frame.height).toBeGreaterThanOrEqual(0.95);
      const column = (await page.locator('.embed__head').boundingBox())!;
      expect(column.x - (map.x + map.width)).toBeLessThanOrEqual(24);
      expect(frame.width - (column.x + column.width)).toBeLessThanOrEqual(16);
    }
  });
}

test('embedded, Play plays and the slider moves the year, in the frame', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 450 });
  await openApp(page, '/?year=1995&embed=1');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Year' })).not.toHaveAttribute('aria-valuenow', '1995');
  await page.getByRole('button', { name: 'Pause' }).click();
  expect(new URL(page.url()).searchParams.get('embed')).toBe('1');
});
