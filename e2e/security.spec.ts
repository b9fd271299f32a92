import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open';

/** Collects everything that would mean the page broke or was subverted. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return problems;
}

test('the built page carries a strict Content-Security-Policy and runs under it without a violation', async ({ page }) => {
  const problems = watch(page);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { violations: string[] }).violations ??= [];
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await openApp(page, '/?year=1999&country=POL');
  await expect(page.getByRole('region', { name: /Poland/ })).toBeVisible();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  expect(policy).toContain("object-src 'none'");

  // Exercise the app: slider, table, details, so that lazily applied styles and scripts run too.
  await page.getByRole('slider', { name: 'Year' }).focus();
  await page.keyboard.press('End');
  // The table takes the map's place, zoom buttons and all, until it is toggled off.
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.locator('svg.map')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
  await page.getByRole('button', { name: 'Map' }).click();
  await expect(page.locator('svg.map')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();

  // An inline script is refused: the policy is really in force.
  const inline = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.head.append(s);
    return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
  });
  expect(inline).toBe(false);
  const violations = await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);
  expect(violations).toEqual(['script-src-elem inline']);
  expect(problems.filter((p) => !p.includes('Content Security Policy'))).toEqual([]);
});

test('every request goes to the page’s own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openApp(page, '/?year=2004&country=EST');
  await expect(page.getByRole('region', { name: /Estonia/ })).toBeVisible();
  await page.getByRole('slider', { name: 'Year' }).focus();
  await page.keyboard.press('Home');
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin)).toEqual([]);
});

test('links that leave the site open without handing over the page', async ({ page }) => {
  await openApp(page, '/?year=1999&country=POL');
  await expect(page.getByRole('region', { name: /Poland/ })).toBeVisible();
  const external = page.locator('a[href^="http"]');
  expect(await external.count()).toBeGreaterThan(1);
  for (const rel of await external.evaluateAll((as) => as.map((a) => a.getAttribute('rel')))) {
    expect(rel).toBe('noopener noreferrer');
  }
});

// Huge values stay under the 8 KB request line most servers accept (Node's preview server refuses 16 KB).
const hostile = [
  '?year=<script>alert(1)</script>',
  '?country=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '?country="><svg onload=alert(1)>',
  '?year=javascript:alert(1)',
  `?year=${'9'.repeat(4000)}`,
  `?country=${'A'.repeat(4000)}`,
  '?year=1e309&country=NaN',
  '?__proto__[polluted]=1&constructor[prototype][polluted]=1&year=__proto__',
  '?country=__proto__&country=constructor&year=toString',
  '?year=%00&country=POL%00',
  '?year=%E2%80%AE1999&country=%F0%9F%87%B5%F0%9F%87%B1',
  '?year=١٩٩٩&country=ПОЛ',
  '?year=%ZZ&country=%',
  '?year=1999&year=2004&country=POL&country=EST',
  '?year=-1&country=',
  '#<script>alert(1)</script>',
];

for (const search of hostile) {
  test(`a hostile address leaves a working page: ${search.slice(0, 60)}`, async ({ page }) => {
    const problems = watch(page);
    await openApp(page, `/${search}`);
    const count = page.locator('[data-member-count]');
    await expect(count).toHaveAttribute('data-member-count', /^\d+$/);
    await expect(page.getByRole('slider', { name: 'Year' })).toBeVisible();
    // The page's own inline script (index.html, allowed by its hash) and nothing else.
    expect(await page.locator('script:not([src]):not([data-years]), img, iframe, object, embed').count()).toBe(0);
    expect(await page.locator('script[data-years]').count()).toBe(1);
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
    // Still usable: the slider moves the map.
    await page.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('Home');
    await expect(count).toHaveAttribute('data-member-count', '12');
    expect(problems).toEqual([]);
  });
}
