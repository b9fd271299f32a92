import { expect, test, type Page } from '@playwright/test';
import { appReady, openApp } from './open';

/** Each language as a reader meets it: the contract's names for the slider, Play and Poland. */
const languages = [
  { lang: 'en', locale: 'en-GB', year: 'Year', play: 'Play', poland: 'Poland', name: 'English' },
  { lang: 'fr', locale: 'fr-FR', year: 'Année', play: 'Lecture', poland: 'Pologne', name: 'Français' },
  { lang: 'de', locale: 'de-DE', year: 'Jahr', play: 'Abspielen', poland: 'Polen', name: 'Deutsch' },
  { lang: 'pl', locale: 'pl-PL', year: 'Rok', play: 'Odtwórz', poland: 'Polska', name: 'Polski' },
  { lang: 'ru', locale: 'ru-RU', year: 'Год', play: 'Воспроизвести', poland: 'Польша', name: 'Русский' },
  { lang: 'uk', locale: 'uk-UA', year: 'Рік', play: 'Відтворити', poland: 'Польща', name: 'Українська' },
];

/** Poland's accession date as the browser's Intl writes it in the language. */
const polandJoined = (locale: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date('1999-03-12T00:00:00Z'),
  );

const address = (expected: string) => (url: URL) => url.pathname + url.search === expected;

for (const l of languages) {
  test(`in ${l.name}: <html lang>, the slider, Play and a country's details with an Intl date`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await openApp(page, `/?year=1999&country=POL${l.lang === 'en' ? '' : `&lang=${l.lang}`}`);
    await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
    await expect(page.getByRole('slider', { name: l.year })).toHaveAttribute('aria-valuenow', '1999');
    await expect(page.getByRole('button', { name: l.play, exact: true })).toBeVisible();
    const details = page.getByRole('region', { name: new RegExp(l.poland) });
    await expect(details).toBeVisible();
    await expect(details).toContainText(polandJoined(l.locale));
    await expect(page.getByRole('navigation', { name: /./ }).getByRole('link', { name: l.name })).toHaveAttribute('aria-current', 'page');
    expect(errors).toEqual([]);
  });
}

test('the contract’s dates: 12 mars 1999 in French, 12. März 1999 in German', async ({ page }) => {
  await openApp(page, '/fr/1999/?country=POL');
  await expect(page.getByRole('region', { name: /Pologne/ })).toContainText('12 mars 1999');
  await openApp(page, '/de/1999/?country=POL');
  await expect(page.getByRole('region', { name: /Polen/ })).toContainText('12. März 1999');
});

test('the picker keeps the year and the country, and offers every language named in itself', async ({ page }) => {
  await openApp(page, '/de/1999/');
  const picker = page.getByRole('navigation', { name: 'Sprache' });
  await expect(picker.getByRole('link')).toHaveText(languages.map((l) => l.name));
  await page.getByRole('slider', { name: 'Jahr' }).focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await expect(page.getByRole('slider', { name: 'Jahr' })).toHaveAttribute('aria-valuenow', '1949');
  await page.locator('[data-unit="FRA"]').click();
  await picker.getByRole('link', { name: 'Polski' }).click();
  await appReady(page);
  await expect(page).toHaveURL(address('/pl/1949/?country=FRA'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.getByRole('slider', { name: 'Rok' })).toHaveAttribute('aria-valuenow', '1949');
  await expect(page.getByRole('region', { name: /Francja/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Język' }).getByRole('link', { name: 'English' }).click();
  await appReady(page);
  await expect(page).toHaveURL(address('/1949/?country=FRA'));
  await expect(page.getByRole('region', { name: /France/ })).toBeVisible();
});

test('a language page becomes the app without a hydration error and keeps its language in the address', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await openApp(page, '/uk/1999/');
  await page.getByRole('slider', { name: 'Рік' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('slider', { name: 'Рік' })).toHaveAttribute('aria-valuenow', '2000');
  await expect(page).toHaveURL(address('/?year=2000&lang=uk'));
  await expect(page).toHaveTitle('Члени НАТО у 2000 році: мапа розширення');
  expect(errors).toEqual([]);
});

test('an unknown language falls back to English and says so', async ({ page }) => {
  await openApp(page, '/?lang=xx');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('status').filter({ hasText: 'The language “xx” is not available' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a French year page is in French, with its preview and the alternates of every language', async ({ page }) => {
    await page.goto('/fr/1999/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveTitle('Les membres de l’OTAN en 1999 : carte de l’élargissement');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Carte des 19 membres de l’OTAN/);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\/fr\/1999\.png$/);
    await expect(page.locator('[data-member-count]')).toHaveText('19 membres');
    const alternates = page.locator('link[rel="alternate"][hreflang]');
    await expect(alternates).toHaveCount(languages.length + 1);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /\/1999\/$/);
    await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute('href', /\/ru\/1999\/$/);
    // The picker's links are plain links to the same year's page in each language.
    await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'Deutsch' }).click();
    await expect(page).toHaveURL(address('/de/1999/'));
    await expect(page.locator('[data-member-count]')).toHaveText('19 Mitglieder');
  });
});

/** Whether any of the elements reaches past the right edge of the page. */
async function overflowing(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((els) =>
      els.filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((e) => e.textContent ?? ''),
    );
}

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const l of languages) {
    for (const year of [1985, 2024]) {
      test(`in ${l.name}, ${year}: the legend, the controls and the header fit`, async ({ page }) => {
        await openApp(page, l.lang === 'en' ? `/${year}/` : `/${l.lang}/${year}/`);
        // The legend's entries, the title, every button, the count and the picker (whose list scrolls sideways).
        expect(await overflowing(page, '[data-legend] li, .app__header h1, button, [data-member-count], .language-picker')).toEqual([]);
      });
    }
  }
});

test.describe('the language line, wider than a 360 px screen', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  const fades = (page: Page) =>
    page.locator('.language-picker ul').evaluate((ul) => {
      const style = getComputedStyle(ul);
      return [style.getPropertyValue('--fade-start'), style.getPropertyValue('--fade-end')];
    });

  test('shows the page’s own language in full, also the last one, and fades the end it hides', async ({ page }) => {
    await openApp(page, '/2024/');
    await expect(page.getByRole('link', { name: 'English' })).toBeInViewport({ ratio: 1 });
    // The hidden end (Українська) fades out; the start, in view, does not.
    expect(await fades(page)).toEqual(['0px', '32px']);

    await openApp(page, '/uk/2024/');
    await expect(page.locator('.language-picker [aria-current="page"]')).toHaveText('Українська');
    // (All but a fraction of a pixel: the line scrolls to whole pixels.)
    await expect(page.locator('.language-picker [aria-current="page"]')).toBeInViewport({ ratio: 0.99 });
    expect(await fades(page)).toEqual(['32px', '0px']);
  });

  test('has no fade where the line fits', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 740 });
    await openApp(page, '/2024/');
    expect(await fades(page)).toEqual(['0px', '0px']);
  });
});
