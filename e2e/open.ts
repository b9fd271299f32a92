import type { Page } from '@playwright/test';

/**
 * Opens an address and waits until the page has become the app. Before that the pre-rendered map
 * is on screen but inert, and on an address the build did not pre-render (`/?year=1999`) React
 * replaces it whole: a box measured or a click made in between would be of a page about to go.
 */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await appReady(page);
}

/** Waits for the mark the app sets once React has committed (`data-ready` on `#root`). */
export function appReady(page: Page): Promise<void> {
  return page.locator('#root[data-ready="true"]').waitFor({ state: 'attached' });
}
