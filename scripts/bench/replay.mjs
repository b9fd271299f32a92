// The page with no app code on the slider's path: what a step would cost if the year's changes were
// written straight to the DOM, with React and the app never seeing the slider's events. For
// `npm run bench:limit` only; the app never does this.
/* global window, document */
import { SLIDER } from './measure.mjs';

/** What a step changes, as the app draws it: the heading, the slider's text and each unit's fill. */
function snapshot(slider) {
  const count = document.querySelector('.year-heading__count');
  return {
    year: document.querySelector('.year-heading__year').textContent,
    count: count.textContent,
    memberCount: count.getAttribute('data-member-count'),
    valueText: document.querySelector(slider).getAttribute('aria-valuetext'),
    units: [...document.querySelectorAll('svg.map path[data-unit]')].map((p) => ({
      code: p.getAttribute('data-unit'),
      className: p.getAttribute('class'),
      status: p.getAttribute('data-status'),
      member: p.getAttribute('data-member'),
    })),
  };
}

/** Steps the app through every year by keyboard and notes what it drew for each, by year. */
export async function recordYears(page) {
  await page.focus(SLIDER);
  await page.keyboard.press('Home');
  const { max } = await page.locator(SLIDER).evaluate((el) => ({ max: el.max }));
  const years = {};
  for (;;) {
    await page.waitForTimeout(30);
    const drawn = await page.evaluate(snapshot, SLIDER);
    years[drawn.year] = drawn;
    if (drawn.year === max) return years;
    await page.keyboard.press('ArrowRight');
  }
}

/**
 * From now on, the slider's events stop at the window (React's listeners never run) and each new
 * value is drawn from `years`: the same text and attributes the app wrote, changed ones only.
 * Units whose shape comes or goes with a border change are left as they are: a lower bound.
 */
export function replayOnSlider(page, years) {
  return page.evaluate(([years, selector]) => {
    const slider = document.querySelector(selector);
    const yearText = document.querySelector('.year-heading__year').firstChild;
    const count = document.querySelector('.year-heading__count');
    const paths = new Map([...document.querySelectorAll('svg.map path[data-unit]')].map((p) => [p.getAttribute('data-unit'), p]));
    const set = (el, name, value) => {
      if (value !== null && el.getAttribute(name) !== value) el.setAttribute(name, value);
    };
    const draw = () => {
      const drawn = years[slider.value];
      if (!drawn) return;
      yearText.nodeValue = drawn.year;
      if (count.textContent !== drawn.count) count.firstChild.nodeValue = drawn.count;
      set(count, 'data-member-count', drawn.memberCount);
      set(slider, 'aria-valuenow', drawn.year);
      set(slider, 'aria-valuetext', drawn.valueText);
      for (const unit of drawn.units) {
        const path = paths.get(unit.code);
        if (!path) continue;
        set(path, 'class', unit.className);
        set(path, 'data-status', unit.status);
        set(path, 'data-member', unit.member);
      }
    };
    const types = ['input', 'change', 'keydown', 'keyup', 'keypress', 'pointerdown', 'pointermove', 'pointerup', 'pointerover', 'pointerout',
      'mousedown', 'mousemove', 'mouseup', 'mouseover', 'mouseout', 'click', 'focusin', 'focusout', 'selectionchange', 'gotpointercapture', 'lostpointercapture'];
    for (const type of types) {
      window.addEventListener(type, (e) => {
        if (e.target !== slider) return;
        e.stopImmediatePropagation();
        if (type === 'input') draw();
      }, true);
    }
  }, [years, SLIDER]);
}
