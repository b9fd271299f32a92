import type { Page } from '@playwright/test';

/** Drags the year slider's thumb from the far right to the far left with the mouse, in steps, as a person would. */
export async function dragSliderToStart(page: Page): Promise<void> {
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.scrollIntoViewIfNeeded(); // the mouse only reaches what is on screen
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width - 4, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width - 4 - (i * (box.width - 8)) / 10, y);
  await page.mouse.up();
}
