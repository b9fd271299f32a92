import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open';

const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const caption = (page: Page) => page.locator('.change-caption');

/** Opens the page on a fake, paused clock: the test steps time itself instead of waiting on it. */
async function frozenClock(page: Page, url: string) {
  const start = Date.parse('2030-01-01T00:00:00Z');
  await page.clock.install({ time: start });
  await openApp(page, url);
  await page.clock.pauseAt(start + 60_000);
}

test('Space on the slider plays and pauses; an arrow key takes over', async ({ page }) => {
  await frozenClock(page, '/?year=2000');
  await slider(page).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.clock.runFor(200);
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '2001');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.clock.runFor(3000);
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '2000');
});

test('an event marker shows its title and jumps to its year, highlighting the event', async ({ page }) => {
  await openApp(page, '/');
  const marker = page
    .getByRole('listbox', { name: 'Events on the timeline' })
    .getByRole('option', { name: /War between Russia and Georgia/ });
  // The tip is the marker's ::after, drawn from its name on hover.
  const tip = () =>
    marker.evaluate((el) => ({ display: getComputedStyle(el, '::after').display, text: getComputedStyle(el, '::after').content }));
  expect((await tip()).display).toBe('none');
  await marker.hover();
  await expect
    .poll(tip)
    .toEqual({ display: 'block', text: expect.stringMatching(/^"7 – 12 August 2008: War between Russia and Georgia"$/) });
  await marker.click();
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '2008');
  await expect(marker).toHaveAttribute('aria-selected', 'true');
  const item = page.getByRole('list', { name: 'Events' }).getByRole('listitem').filter({ hasText: 'War between Russia and Georgia' });
  await expect(item).toHaveAttribute('aria-current', 'true');
  await expect(item).toBeInViewport();
  const background = await item.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('the event markers are walked with the arrow keys, each showing its tip, and picked with Enter', async ({ page }) => {
  await openApp(page, '/?year=1960');
  const markers = page.getByRole('listbox', { name: 'Events on the timeline' });
  await markers.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  const active = page.locator('.event-mark[data-active]');
  const id = await markers.getAttribute('aria-activedescendant');
  expect(await active.getAttribute('id')).toBe(id);
  const name = (await active.getAttribute('aria-label'))!;
  // The year stays while the reader looks; the active mark's tip shows what Enter would open.
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '1960');
  await expect.poll(() => active.evaluate((el) => getComputedStyle(el, '::after').display)).toBe('block');
  await page.keyboard.press('Enter');
  const year = name.match(/\b(19|20)\d\d\b/)![0];
  await expect(slider(page)).toHaveAttribute('aria-valuenow', year);
  await expect(markers.getByRole('option', { selected: true })).toHaveAttribute('aria-label', name);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap beside the event markers, on none of them, picks the nearest one', async ({ page }) => {
    await openApp(page, '/?year=1960');
    const markers = page.getByRole('listbox', { name: 'Events on the timeline' });
    // A point of the listbox on no marker, 6-12 px from the nearest one, and that marker's name.
    const spot = await markers.evaluate((box) => {
      const marks = [...box.children].map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, name: el.getAttribute('aria-label') };
      });
      for (const m of marks)
        for (const [dx, dy] of [
          [9, 0],
          [-9, 0],
          [0, 9],
          [7, 7],
          [-7, 7],
          [12, 0],
          [-12, 0],
        ] as const) {
          const x = m.x + dx;
          const y = m.y + dy;
          if (document.elementFromPoint(x, y) !== box) continue;
          const d = marks.map((o) => Math.hypot(o.x - x, o.y - y));
          const nearest = marks[d.indexOf(Math.min(...d))]!;
          if (Math.min(...d) >= 6 && Math.min(...d) <= 12) return { x, y, name: nearest.name! };
        }
      return null;
    });
    expect(spot).not.toBeNull();
    await page.touchscreen.tap(spot!.x, spot!.y);
    await expect(markers.getByRole('option', { selected: true })).toHaveAttribute('aria-label', spot!.name);
    const year = spot!.name.match(/\b(19|20)\d\d\b/)![0];
    await expect(slider(page)).toHaveAttribute('aria-valuenow', year);
  });

  test("every event marker's tip stays over the track, from the first mark to the last", async ({ page }) => {
    await openApp(page, '/');
    const markers = page.getByRole('listbox', { name: 'Events on the timeline' });
    const track = (await markers.boundingBox())!;
    await markers.focus();
    await page.keyboard.press('Home');
    const count = await markers.getByRole('option').count();
    // The tip is the active mark's ::after; its box is the mark's, moved by the tip's own offsets.
    const tipBox = () =>
      page.locator('.event-mark[data-active]').evaluate((el) => {
        const mark = el.getBoundingClientRect();
        const tip = getComputedStyle(el, '::after');
        const width = parseFloat(tip.width) + parseFloat(tip.paddingLeft) + parseFloat(tip.paddingRight);
        const shift = new DOMMatrix(tip.transform).m41;
        const left = mark.left + mark.width / 2 + shift;
        return { display: tip.display, left, right: left + width };
      });
    for (let i = 0; i < count; i++) {
      const tip = await tipBox();
      expect(tip.display).toBe('block');
      expect(tip.left).toBeGreaterThanOrEqual(track.x - 1);
      expect(tip.right).toBeLessThanOrEqual(track.x + track.width + 1);
      await page.keyboard.press('ArrowRight');
    }
  });

  test('the event markers are one touch target of at least 24 px: axe finds no small target', async ({ page }) => {
    await openApp(page, '/');
    const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).include('.timeline').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const box = (await page.getByRole('listbox', { name: 'Events on the timeline' }).boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(24);
  });
});

test('the accession years under the slider never run into each other, from 320 px to a desktop', async ({ page }) => {
  for (const width of [320, 375, 640, 900, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await openApp(page, '/?year=2004');
    const marks = page.getByRole('list', { name: 'Years in which NATO grew' }).getByRole('link');
    // The year shown is always labelled; named by the full year, also where a narrow slider
    // shows ’04 (as "’04 (2004)").
    await expect(marks.and(page.getByRole('link', { name: /\b2004\b/ }))).toBeVisible();
    const clashes = await marks.evaluateAll((buttons) => {
      const boxes = buttons.map((b) => ({ name: b.getAttribute('aria-label'), r: b.getBoundingClientRect() }));
      return boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom)
          .map((b) => `${a.name}/${b.name}`),
      );
    });
    expect(clashes, `${width} px`).toEqual([]);
  }
  // Shortened on a phone, each still goes by its full year.
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(page.getByRole('link', { name: '’04 (2004)' })).toBeVisible();
  await page.getByRole('list', { name: 'Years in which NATO grew' }).getByRole('link', { name: '’49 (1949)' }).click();
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '1949');
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`a full playback at ${viewport.width}×${viewport.height} takes 25–35 s, and Play stays still`, async ({ page }) => {
    // Some 350 steps of the clock, each followed by a read of the page: slow on a busy machine.
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    await frozenClock(page, '/?year=1949');
    const last = Number(await slider(page).getAttribute('max'));
    const play = page.locator('.playback__play');
    await play.click();
    await expect(play).toHaveAccessibleName('Pause');
    // Where Play is, to the pixel (a quarter-pixel shift of subpixel layout is not a move anyone sees).
    const place = async () => Object.values((await play.boundingBox())!).map(Math.round);
    const start = await place();
    let elapsed = 0;
    const dwell = new Map<number, number>();
    let shown = 1949;
    while (shown < last && elapsed <= 40_000) {
      await page.clock.runFor(100);
      elapsed += 100;
      dwell.set(shown, (dwell.get(shown) ?? 0) + 100);
      shown = Number(await slider(page).getAttribute('aria-valuenow'));
      if (elapsed % 1000 === 0) expect(await place(), `Play moved at ${elapsed} ms`).toEqual(start);
    }
    expect(shown).toBe(last);
    expect(elapsed).toBeGreaterThanOrEqual(25_000);
    expect(elapsed).toBeLessThanOrEqual(35_000);
    // A round year (2004) and a turning point (1991) are held at least three times a quiet year (1960).
    expect(dwell.get(2004)!).toBeGreaterThanOrEqual(3 * dwell.get(1960)!);
    expect(dwell.get(1991)!).toBeGreaterThanOrEqual(3 * dwell.get(1960)!);
    expect(await place()).toEqual(start);
    await expect(play).toHaveAccessibleName('Play');
    // While playing, the caption stood over the map; now it is back in its place.
    await expect(caption(page)).not.toHaveAttribute('data-playing');
  });
}
