import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open';

type Box = { code: string; x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** The boxes of the elements `selector` finds, named by their label's or event's code. */
const boxesOf = (page: Page, selector: string) =>
  page.$$eval(selector, (els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return {
        code: e.getAttribute('data-label') ?? e.getAttribute('data-event') ?? '',
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
      };
    }),
  );

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
        const boxes = await boxesOf(page, '.map text[data-label]');
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `${a.code} and ${b.code}`).toBe(false);
        }
        // Legible: at least 10 CSS px high wherever the map is drawn.
        for (const b of boxes) expect(b.height, b.code).toBeGreaterThanOrEqual(10);
      });
    }
  });
}

test.describe('on a 390×844 phone, where the map fills the width', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const [path, pinned] of [
    ['/ru/1985/', false],
    ['/1991/', true],
    ['/1999/', true],
    ['/2022/', true],
  ] as const)
    test(`${path}: no name on the map is under the zoom buttons or an event's pin, and no two leader lines cross`, async ({ page }) => {
      await openApp(page, path);
      const names = await boxesOf(page, '.map text[data-label]');
      expect(names.length).toBeGreaterThan(3);
      const buttons = await boxesOf(page, '.zoom-controls');
      const pins = await boxesOf(page, '.event-marker');
      expect(pins.length > 0).toBe(pinned);
      for (const n of names) {
        for (const b of buttons) expect(overlap(n, b), `${n.code} under the zoom buttons`).toBe(false);
        for (const p of pins) expect(overlap(n, p), `${n.code} under the pin of ${p.code}`).toBe(false);
      }
      const leaders = await page.$$eval('.map line', (els) =>
        els.map((l) => ['x1', 'y1', 'x2', 'y2'].map((a) => Number(l.getAttribute(a))) as [number, number, number, number]),
      );
      const side = (ax: number, ay: number, bx: number, by: number, x: number, y: number) =>
        Math.sign((bx - ax) * (y - ay) - (by - ay) * (x - ax));
      for (const [i, [a0, a1, a2, a3]] of leaders.entries())
        for (const [b0, b1, b2, b3] of leaders.slice(i + 1)) {
          const cross =
            side(b0, b1, b2, b3, a0, a1) * side(b0, b1, b2, b3, a2, a3) < 0 &&
            side(a0, a1, a2, a3, b0, b1) * side(a0, a1, a2, a3, b2, b3) < 0;
          expect(cross, 'two leader lines cross').toBe(false);
        }
    });
});
