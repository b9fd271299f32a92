import type { Dataset } from '../domain/dataset';
import type { Strings } from '../i18n/strings';
import { borderFigure } from './borderFigure';
import { describeChange } from './changeCaption';
import { memberList } from './memberList';
import { perYear } from './perYear';
import { yearView } from './yearView';

/** The views the page redraws when the year changes, each remembered per year. */
export const yearViews = {
  view: perYear(yearView),
  members: perYear(memberList),
  caption: perYear(describeChange),
  border: perYear(borderFigure),
};

/**
 * The work of warming every year's views ahead of a scrub, one year per call so that a
 * scheduler can spread it over idle time: newest years first (the home page shows the latest).
 */
export function warmingSteps(data: Dataset, s: Strings): (() => void)[] {
  const steps: (() => void)[] = [];
  for (let year = data.latestYear; year >= data.firstYear; year--) {
    steps.push(() => {
      for (const view of Object.values(yearViews)) view.warm(data, year, s);
    });
  }
  return steps;
}
