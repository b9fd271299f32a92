import type { Dataset } from '../domain/dataset';
import type { Strings } from '../../i18n/strings';

/** A view of one year, computed from the data and the language's strings alone. */
export type YearFn<R> = (data: Dataset, year: number, s: Strings) => R;

/** A view of the whole timeline (every year at once), computed from the data and the strings alone. */
export type DataFn<R> = (data: Dataset, s: Strings) => R;

/**
 * Remembers a year-independent view per dataset and language: computed once, by whichever caller
 * (or start-up step) asks first, the same object afterwards.
 */
export function perData<R>(fn: DataFn<R>): DataFn<R> {
  const kept = new WeakMap<Dataset, WeakMap<Strings, R>>();
  return (data, s) => {
    let byStrings = kept.get(data);
    if (!byStrings) kept.set(data, (byStrings = new WeakMap()));
    if (!byStrings.has(s)) byStrings.set(s, fn(data, s));
    return byStrings.get(s) as R;
  };
}

/** A year view that remembers its results, with a way to compute one ahead of time. */
export interface PerYear<R> {
  (data: Dataset, year: number, s: Strings): R;
  /** Computes and keeps the year's result if it is not kept yet. */
  warm: (data: Dataset, year: number, s: Strings) => void;
}

/**
 * Remembers a pure year view per dataset, language and year, so that scrubbing back to a year
 * costs nothing and the same year always gives the same object (memoised components then skip).
 * Datasets and string tables are held weakly: a new dataset starts afresh.
 */
export function perYear<R>(fn: YearFn<R>): PerYear<R> {
  const yearsOf = perData(() => new Map<number, R>());
  const cached = (data: Dataset, year: number, s: Strings): R => {
    const years = yearsOf(data, s);
    if (years.has(year)) return years.get(year) as R;
    const result = fn(data, year, s);
    years.set(year, result);
    return result;
  };
  cached.warm = (data: Dataset, year: number, s: Strings) => void cached(data, year, s);
  return cached;
}
