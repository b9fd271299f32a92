import type { Dataset } from '../domain/dataset';
import { euChangesIn } from '../domain/eu';
import type { Lens } from '../domain/types';
import { joinedIn } from '../domain/membership';
import { territoryGrowthIn } from '../domain/rounds';
import type { Strings } from '../../i18n/strings';
import { describeChange } from './changeCaption';
import { describeEuChange } from './euCaption';

/** Whether NATO gained members or territory in the year: its caption then says what, not "no change". */
export function natoChangedIn(data: Dataset, year: number): boolean {
  return joinedIn(data, year).length > 0 || territoryGrowthIn(data, year).length > 0;
}

/** Whether the EU (EEC/EC) gained or lost members in the year. */
export function euChangedIn(data: Dataset, year: number): boolean {
  const { joined, left } = euChangesIn(data, year);
  return joined.length > 0 || left.length > 0;
}

/**
 * The caption of the lens that shows both: the sentence of each body that changed in the year, or
 * both sentences if neither did. A body that did not change is left out (its count stands beside
 * the year), so that the year's change fits the caption's line.
 */
export function describeBoth(
  data: Dataset,
  year: number,
  s: Strings,
  nato = describeChange(data, year, s),
  eu = describeEuChange(data, year, s),
): string {
  const natoChanged = natoChangedIn(data, year);
  const euChanged = euChangedIn(data, year);
  if (natoChanged && !euChanged) return nato;
  if (euChanged && !natoChanged) return eu;
  return s.lens.caption.both(nato, eu);
}

/** The year's caption in the lens: NATO's change, the EU's, or both (see describeBoth). */
export function lensCaption(lens: Lens, data: Dataset, year: number, s: Strings): string {
  if (lens === 'nato') return describeChange(data, year, s);
  if (lens === 'eu') return describeEuChange(data, year, s);
  return describeBoth(data, year, s);
}
