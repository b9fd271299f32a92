import type { Dataset } from '../../core/domain/dataset';
import type { ParamProblem, ViewState } from '../../core/domain/params';
import type { Strings } from '../../i18n/strings';

type Ui = Strings['ui'];

/** The sentences that tell the user which URL values were ignored and what is shown instead. */
export function noticeMessages(problems: ParamProblem[], state: ViewState, data: Dataset, ui: Ui, lens: Strings['lens']): string[] {
  return problems.map((p) =>
    p.param === 'year'
      ? ui.notice.year(p.value, state.year, data.firstYear, data.latestYear)
      : p.param === 'lang'
        ? ui.notice.language(p.value)
        : p.param === 'lens'
          ? lens.notice(p.value)
          : ui.notice.country(p.value),
  );
}
