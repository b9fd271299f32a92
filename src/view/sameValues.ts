import type { Dataset } from '../domain/dataset';
import type { Strings } from '../i18n/strings';
import { perData } from './perYear';

const pools = perData(() => new Map<string, unknown>());

/**
 * The first value seen, for this dataset and language, that is equal to `value` (plain data,
 * compared by its JSON), or `value` itself if it is the first. Years that draw the same units and
 * disputes then hand the map the very same arrays, so a step that changes none of them leaves the
 * map's memoised layers alone.
 */
export function sameValue<T>(data: Dataset, s: Strings, value: T): T {
  const pool = pools(data, s);
  const key = JSON.stringify(value);
  const seen = pool.get(key);
  if (seen !== undefined) return seen as T;
  pool.set(key, value);
  return value;
}
