import type { Dataset } from './dataset';
import type { DisputeRecord } from './types';
import { existsIn } from './units';

/** Disputed or occupied territories shown in the year: the dispute exists and its state is drawn. */
export function disputesIn(data: Dataset, year: number): DisputeRecord[] {
  return data.disputes.filter((d) => d.from <= year && existsIn(data, d.state, year));
}
