import { expect, test } from '@playwright/test';
import { openApp } from './open';

type Box = { code: string; x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test.describe(`labels at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const [year, joiners] of [
      [2004, ['BGR', 'EST', 'LTU', 'LVA', 'ROU', 'SVK', 'SVN']],
      [2017, ['MNE']],
      [2020, ['MKD']],
      [1999, ['CZE', 'HUN', 'POL']],
    ] as const) {
      test(`${year}: the joiners are named, and no two names overlap`, async ({ page }) => {
        await openApp(page, `/?year=${year}`);
        for (const code of joiners) await expect(page.locator(`.map text[data-label="${code}"]`)).toBeVisible();
        const boxes = await page.$$eval('.map text[data-label]', (els) =>
          els.map((e) => {
            const r = e.getBoundingClientRect();
            return { code: e.getAttribute('data-label')!, x: r.x, y: r.y, width: r.width, height: r.height };
          }),
        );
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `${a.code} and ${b.code}`).toBe(false);
        }
        // Legible: at least 10 CSS px high wherever the map is drawn.
        for (const b of boxes) expect(b.height, b.code).toBeGreaterThanOrEqual(10);
      });
    }
  });
}
