import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open';

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

for (const width of [360, 390, 768, 1280, 2560]) {
  test(`no sideways scrolling at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openApp(page, '/?year=2014&country=UKR');
    expect(await noSideways(page)).toBe(true);
    await page.getByRole('button', { name: 'Russia declares Crimea annexed', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Russia declares Crimea annexed', exact: true })).toContainText('18 March 2014');
    expect(await noSideways(page)).toBe(true);
  });
}

test('on a narrow screen the map comes first, then the slider, then the panels; the details open over them as a sheet', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, '/?year=1999&country=POL');
  const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
  const map = await top('svg.map');
  const slider = await top('input[type="range"]');
  expect(map).toBeLessThan(slider);
  expect(slider).toBeLessThan(await top('.events'));
  // The details sit over the lower part of the screen, below the map's drawing.
  const details = (await page.locator('.details').boundingBox())!;
  expect(await page.locator('.details').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  expect(details.y + details.height).toBeCloseTo(844, 0);
  expect((await page.locator('path[data-unit="POL"]').boundingBox())!.y).toBeLessThan(details.y);
});

/** WCAG contrast ratio of two CSS colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme} mode keeps text readable and statuses apart`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page, '/?year=1999');
    await page.getByRole('button', { name: 'NATO air campaign against FR Yugoslavia', exact: true }).click();
    await expect(page.locator('.event-card')).toBeVisible();
    const colours = await page.evaluate(() => {
      const css = (sel: string, prop: string) => getComputedStyle(document.querySelector(sel)!).getPropertyValue(prop);
      return {
        page: css('html', 'background-color'),
        panel: css('.events', 'background-color'),
        text: css('h1', 'color'),
        muted: css('.app__intro', 'color'),
        date: css('.event time', 'color'),
        link: css('.event__source', 'color'),
        member: css('path[data-status="member"]', 'fill'),
        nonMember: css('path[data-status="non-member"]', 'fill'),
        sea: css('.sea', 'fill'),
        card: css('.event-card', 'background-color'),
        cardDate: css('.event-card time', 'color'),
      };
    });
    expect(contrast(colours.text, colours.page)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.muted, colours.page)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.date, colours.panel)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.link, colours.panel)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.cardDate, colours.card)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.member, colours.nonMember)).toBeGreaterThanOrEqual(1.8);
    expect(colours.nonMember).not.toBe(colours.sea);
    if (colorScheme === 'dark') expect(contrast(colours.page, 'rgb(0, 0, 0)')).toBeLessThan(2);
  });
}

test('the map, its pins, tooltip and event card have no axe violations', async ({ page }) => {
  test.slow(); // axe walks every path of the map
  await openApp(page, '/?year=2014&country=UKR');
  await page.getByRole('button', { name: 'Russia declares Crimea annexed', exact: true }).click();
  await page.locator('path[data-unit="POL"]').hover();
  const { violations } = await new AxeBuilder({ page }).include('.map-frame').analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
