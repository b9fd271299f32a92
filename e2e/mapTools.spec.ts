import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open';

const SMALL_STATES = ['AND', 'CYP', 'LIE', 'LUX', 'MCO', 'MLT', 'MNE', 'SMR', 'VAT'];
const unitPath = (page: Page, code: string) => page.locator(`path[data-unit="${code}"]`);
const marker = (page: Page, code: string) => page.locator(`circle[data-unit="${code}"]`);
const layer = (page: Page) => page.locator('.zoom-layer');
const tooltip = (page: Page) => page.locator('.map-tooltip');
const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });

/** The zoom layer's scale and translation, read from its transform attribute. */
async function zoomOf(page: Page) {
  const t = (await layer(page).getAttribute('transform')) ?? '';
  const [x, y, k] = (t.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);
  return { x: x!, y: y!, k: k! };
}

/** Starts counting changes to any path's `d` in the map. */
async function watchPathData(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { dChanges: number };
    w.dChanges = 0;
    new MutationObserver((records) => (w.dChanges += records.length)).observe(document.querySelector('svg.map')!, {
      subtree: true,
      attributes: true,
      attributeFilter: ['d'],
    });
  });
  return () => page.evaluate(() => (window as unknown as { dChanges: number }).dChanges);
}

test.describe('on a phone with a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test('a tap on a country opens its details, brings them into view and leaves no tooltip behind; a shared link leaves the map in view', async ({
    page,
  }) => {
    await openApp(page, '/?year=1999');
    await unitPath(page, 'POL').tap();
    await expect(page.getByRole('region', { name: /Poland/ })).toContainText('12 March 1999');
    await expect(page).toHaveURL(/country=POL/);
    await expect(tooltip(page)).toHaveCount(0);
    // Below the map, slider, legend and member list on a phone: it used to open off screen.
    await expect(page.getByRole('heading', { name: 'Poland' })).toBeInViewport();
    await openApp(page, '/?year=1999&country=POL');
    await expect(page.getByRole('heading', { name: 'Poland' })).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(unitPath(page, 'POL')).toBeInViewport();
  });

  test('the slider follows a finger', async ({ page }) => {
    await openApp(page, '/');
    const box = (await slider(page).boundingBox())!;
    const y = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x?: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: x === undefined ? [] : [{ x, y }] });
    await touch('touchStart', box.x + box.width - 6);
    for (let i = 1; i <= 10; i++) await touch('touchMove', box.x + box.width - 6 - (i * (box.width - 6)) / 10);
    await touch('touchEnd');
    await expect(slider(page)).toHaveAttribute('aria-valuenow', '1949');
    await expect(page.locator('[data-member-count]')).toHaveAttribute('data-member-count', '12');
  });

  test('a vertical swipe over the unzoomed map still scrolls the page', async ({ page }) => {
    await openApp(page, '/?year=1999');
    const box = (await page.locator('svg.map').boundingBox())!;
    const x = box.x + box.width / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y?: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: y === undefined ? [] : [{ x, y }] });
    await touch('touchStart', box.y + box.height - 10);
    for (let i = 1; i <= 10; i++) await touch('touchMove', box.y + box.height - 10 - i * 15);
    await touch('touchEnd');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(50);
    expect((await zoomOf(page)).k).toBe(1);
    await expect(page).not.toHaveURL(/country=/);
  });

  test('two fingers zoom the map and one finger pans it without opening a country', async ({ page }) => {
    await openApp(page, '/?year=2004');
    const changes = await watchPathData(page);
    const box = (await page.locator('svg.map').boundingBox())!;
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
    await touch('touchStart', [
      [cx - 20, cy],
      [cx + 20, cy],
    ]);
    for (let i = 1; i <= 8; i++)
      await touch('touchMove', [
        [cx - 20 - i * 10, cy],
        [cx + 20 + i * 10, cy],
      ]);
    await touch('touchEnd', []);
    const zoomed = await zoomOf(page);
    expect(zoomed.k).toBeGreaterThan(2);

    await touch('touchStart', [[cx, cy]]);
    for (let i = 1; i <= 8; i++) await touch('touchMove', [[cx + i * 10, cy + i * 5]]);
    await touch('touchEnd', []);
    const panned = await zoomOf(page);
    expect(panned.k).toBe(zoomed.k);
    expect(panned.x).toBeGreaterThan(zoomed.x);
    await expect(page).not.toHaveURL(/country=/);
    expect(await changes()).toBe(0);
  });
});

/**
 * The share of points inside a country's shape, on a grid over it, where a tap lands on that
 * country (its path, or its own marker) rather than on a marker of another.
 */
function tappableShare(page: Page, code: string) {
  return unitPath(page, code).evaluate((path: SVGPathElement, code) => {
    const box = path.getBBox();
    const ctm = path.getScreenCTM()!;
    const svg = path.ownerSVGElement!;
    let inside = 0;
    let own = 0;
    for (let i = 0.5; i < 20; i++) {
      for (let j = 0.5; j < 20; j++) {
        const p = svg.createSVGPoint();
        p.x = box.x + (box.width * i) / 20;
        p.y = box.y + (box.height * j) / 20;
        if (!path.isPointInFill(p)) continue;
        const s = p.matrixTransform(ctm);
        inside++;
        if (document.elementFromPoint(s.x, s.y)?.getAttribute('data-unit') === code) own++;
      }
    }
    return own / inside;
  }, code);
}

test.describe('on a phone-sized map', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('unzoomed, the small states’ dots leave their neighbours tappable', async ({ page }) => {
    await openApp(page, '/');
    // Under 26 px markers, a tap opened Luxembourg on 0 of Belgium's points and Montenegro on most of Kosovo's.
    for (const code of ['BEL', 'CHE', 'ITA', 'XKX', 'ALB', 'SRB', 'BIH'])
      expect(await tappableShare(page, code), code).toBeGreaterThan(0.75);
    await unitPath(page, 'BEL').tap();
    await expect(page).toHaveURL(/country=BEL/);
  });

  test('zoomed in, small states have targets of at least 24×24 px', async ({ page }) => {
    await openApp(page, '/');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    for (const code of SMALL_STATES) {
      const box = (await marker(page, code).boundingBox())!;
      expect(box.width, code).toBeGreaterThanOrEqual(24);
      expect(box.height, code).toBeGreaterThanOrEqual(24);
    }
  });
});

test('small states have targets of at least 24×24 px at 768 px', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await openApp(page, '/');
  for (const code of SMALL_STATES) {
    const box = (await marker(page, code).boundingBox())!;
    expect(box.width, code).toBeGreaterThanOrEqual(24);
    expect(box.height, code).toBeGreaterThanOrEqual(24);
  }
});

test('at 1280 px each small state’s marker is at least 24×24 px, on top at its centre, opens the country, and keeps its size when the map zooms', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, '/?year=2009');
  for (const code of SMALL_STATES) {
    const box = (await marker(page, code).boundingBox())!;
    expect(box.width, code).toBeGreaterThanOrEqual(24);
    expect(box.height, code).toBeGreaterThanOrEqual(24);
    await expect(marker(page, code)).toHaveAttribute('data-status', (await unitPath(page, code).getAttribute('data-status'))!);
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.getAttribute('data-unit'),
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(hit, code).toBe(code);
  }
  await marker(page, 'LUX').click();
  await expect(page.getByRole('region', { name: /Luxembourg/ })).toContainText('24 August 1949');
  await expect(page).toHaveURL(/\?year=2009&country=LUX$/);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  expect((await zoomOf(page)).k).toBe(4);
  expect(await marker(page, 'LUX').evaluate((el) => el.getBoundingClientRect().width)).toBeCloseTo(26, 0);
});

test('the wheel zooms about the pointer, and a drag pans without opening a country', async ({ page }) => {
  await openApp(page, '/?year=1999');
  const changes = await watchPathData(page);
  const box = (await unitPath(page, 'DEU').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -600);
  await expect.poll(async () => (await zoomOf(page)).k).toBeGreaterThan(1.5);
  const before = await zoomOf(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 80, box.y + box.height / 2 - 40, { steps: 8 });
  await page.mouse.up();
  const after = await zoomOf(page);
  expect(after.x).toBeLessThan(before.x);
  await expect(page.getByRole('region', { name: /Germany/ })).toHaveCount(0);
  await expect(page).not.toHaveURL(/country=/);

  await unitPath(page, 'POL').click();
  await expect(page.getByRole('region', { name: /Poland/ })).toBeVisible();
  expect(await changes()).toBe(0);
});
