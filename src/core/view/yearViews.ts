import type { Dataset } from '../domain/dataset';
import { accessionYears } from '../domain/membership';
import { roundYears } from '../domain/rounds';
import type { Strings } from '../../i18n/strings';
import { borderFigure, timelineSeries } from './borderFigure';
import { describeChange } from './changeCaption';
import { describeEuChange } from './euCaption';
import { eventMarks } from './eventMarks';
import { describeBoth } from './lensCaption';
import { memberList } from './memberList';
import { membersRange } from './membersRange';
import { perData, perYear } from './perYear';
import { yearView } from './yearView';

const caption = perYear(describeChange);
const euCaption = perYear(describeEuChange);

/** The views the page redraws when the year changes, each remembered per year. */
export const yearViews = {
  view: perYear(yearView),
  members: perYear(memberList),
  caption,
  euCaption,
  border: perYear(borderFigure),
};

/**
 * The caption of the lens that shows both, from the two above, remembered per year. Not among the
 * views warmed at start-up and in idle time: only that lens reads it, and it costs two lookups.
 */
export const bothCaption = perYear((data, year, s) => describeBoth(data, year, s, caption(data, year, s), euCaption(data, year, s)));

/** What the timeline draws for every year at once, each remembered per dataset and language. */
export const timelineViews = {
  series: perData((data) => timelineSeries(data)),
  marks: perData(eventMarks),
  membersRange: perData(membersRange),
  rounds: perData((data) => roundYears(data)),
  accessions: perData((data) => accessionYears(data)),
};

/**
 * The work the page's first render needs, one piece per step, so that a scheduler can run it in
 * separate tasks before React hydrates: no single task then holds all of it (shorter long tasks,
 * less blocking time on slow phones). Hydration then finds every piece ready.
 */
export function startupSteps(data: Dataset, s: Strings, year: number): (() => void)[] {
  return [
    ...Object.values(yearViews).map((view) => () => view.warm(data, year, s)),
    ...Object.values(timelineViews).map((view) => () => void view(data, s)),
  ];
}

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
