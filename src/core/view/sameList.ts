import type { Dataset } from '../domain/dataset';
import type { Strings } from '../../i18n/strings';
import { perData } from './perYear';

/** The records and lists handed out so far for one dataset and language. */
interface Pool {
  byKey: Map<string, object>;
  ids: WeakMap<object, number>;
}

const pools = perData((): Pool => ({ byKey: new Map(), ids: new WeakMap() }));

/** The value kept under `key`, or `value` itself, frozen and kept, if it is the first. */
function keep<T extends object>(pool: Pool, key: string, value: T): T {
  const seen = pool.byKey.get(key);
  if (seen) return seen as T;
  // Shared between years from now on: frozen, so that no caller can change another year's view.
  Object.freeze(value);
  pool.byKey.set(key, value);
  pool.ids.set(value, pool.byKey.size);
  return value;
}

/**
 * The list of `records` as first handed out for this dataset and language: each record the first
 * one seen equal to it (compared by JSON, so plain data only: strings, numbers, booleans and
 * arrays or objects of them; a field left undefined counts as absent), and the list the first one
 * seen of the same records. Years that draw the same units or disputes then give the map the very
 * same objects, and its memoised layers skip a step that changes none of them.
 */
export function sameList<T extends object>(data: Dataset, s: Strings, records: T[]): T[] {
  const pool = pools(data, s);
  const kept = records.map((record) => keep(pool, `record:${JSON.stringify(record)}`, record));
  return keep(pool, `list:${kept.map((record) => pool.ids.get(record)).join(',')}`, kept);
}
