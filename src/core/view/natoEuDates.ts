import type { Dataset } from '../domain/dataset';
import { yearOf } from '../domain/dataset';
import { euMembershipOf } from '../domain/eu';
import type { UnitCode } from '../domain/types';
import { formatDate, formatNumber } from '../../i18n/format';
import { unitName, type Strings } from '../../i18n/strings';
import { perData } from './perYear';

/** One state in both NATO and the EU: both accession dates, and the years between the two accession years. */
export interface NatoEuRow {
  code: UnitCode;
  name: string;
  natoIso: string;
  euIso: string;
  natoText: string;
  euText: string;
  natoYear: number;
  euYear: number;
  /** EU year minus NATO year: positive when NATO came first. */
  gap: number;
  gapText: string;
}

/**
 * Every state that has been in both NATO and the EU (EEC/EC), named as today, with both dates:
 * sorted by the gap, NATO-first states first. Shows the dates; says nothing about why.
 */
export function natoEuDates(data: Dataset, s: Strings): NatoEuRow[] {
  const { ui, lens } = s;
  const rows: NatoEuRow[] = [];
  for (const m of data.members) {
    const eu = euMembershipOf(data, m.code);
    if (!eu || eu.territory) continue;
    const natoYear = yearOf(m.joined);
    const euYear = yearOf(eu.joined);
    const gap = euYear - natoYear;
    const first = gap === 0 ? 'same' : gap > 0 ? 'nato' : 'eu';
    rows.push({
      code: m.code,
      name: unitName(m.code, data.latestYear, s),
      natoIso: m.joined,
      euIso: eu.joined,
      natoText: formatDate(m.joined, ui.locale),
      euText: formatDate(eu.joined, ui.locale),
      natoYear,
      euYear,
      gap,
      gapText: lens.compare.gapValue(formatNumber(Math.abs(gap), ui.locale), first),
    });
  }
  return rows.sort((a, b) => b.gap - a.gap || a.natoIso.localeCompare(b.natoIso) || a.name.localeCompare(b.name));
}

/** `natoEuDates`, remembered per dataset and language (not warmed at start-up: only the table view shows it). */
export const natoEuView = perData(natoEuDates);
