import { expect, test } from '@playwright/test';
import { openApp } from './open';

test('East Germany in 1989: drawn, not a member, its details tell of 3 October 1990', async ({ page }) => {
  await openApp(page, '/?year=1989&country=DDR');
  const gdr = page.locator('[data-unit="DDR"]');
  await expect(gdr).toHaveCount(1);
  await expect(gdr).toHaveAttribute('data-member', 'false');
  await expect(gdr).toHaveAttribute('data-status', 'non-member warsaw-pact');
  await expect(page.locator('[data-unit="DEU"]')).toHaveAttribute('aria-label', /^West Germany, member since 6 May 1955/);
  const region = page.getByRole('region', { name: /East Germany/ });
  await expect(region).toContainText('3 October 1990');
});

test('the map shows the states of the selected year', async ({ page }) => {
  await openApp(page, '/?year=1985');
  for (const code of ['SUN', 'CSK', 'YUG', 'DDR']) await expect(page.locator(`[data-unit="${code}"]`)).toHaveCount(1);
  for (const code of ['UKR', 'CZE', 'SVN', 'XKX']) await expect(page.locator(`[data-unit="${code}"]`)).toHaveCount(0);
  await expect(page.locator('[data-disputed="crimea"]')).toHaveCount(0);

  await openApp(page, '/?year=2014');
  await expect(page.locator('[data-unit="UKR"]')).toHaveCount(1);
  await expect(page.locator('[data-disputed="crimea"]')).toHaveAttribute('aria-label', 'Crimea: part of Ukraine, occupied by Russia since 2014');
  await expect(page.locator('[data-disputed="kosovo"]')).toHaveAttribute('aria-label', 'Kosovo: disputed territory');
  await expect(page.locator('[data-unit="MKD"]')).toHaveAttribute('aria-label', /^The former Yugoslav Republic of Macedonia, not a member/);
});

test('West Berlin (to 1989) and the Saar (to 1956) are units of their own, not members', async ({ page }) => {
  await openApp(page, '/?year=1956');
  await expect(page.locator('path[data-unit="XSR"]')).toHaveAttribute('aria-label', 'Saar Protectorate, not a member');
  await expect(page.locator('path[data-unit="XWB"]')).toHaveAttribute('data-member', 'false');
  await openApp(page, '/?year=1989');
  await expect(page.locator('path[data-unit="XWB"]')).toHaveAttribute('aria-label', 'West Berlin, not a member');
  await expect(page.locator('[data-unit="XSR"]')).toHaveCount(0);
  await openApp(page, '/?year=1990');
  await expect(page.locator('[data-unit="XWB"]')).toHaveCount(0);
});

test('the regions of Ukraine that Russia proclaimed annexed are marked from 2022', async ({ page }) => {
  await openApp(page, '/?year=2021');
  await expect(page.locator('[data-disputed="ukraine-2022"]')).toHaveCount(0);
  await openApp(page, '/?year=2022');
  await expect(page.locator('[data-disputed="ukraine-2022"]')).toHaveAttribute('aria-label', /^Donetsk, Luhansk, Zaporizhzhia and Kherson regions.*only partly controlled by Russia$/);
});
