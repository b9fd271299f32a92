import type { Dataset } from './dataset';
import { accessionYears, isMemberIn } from './membership';
import type { UnitCode } from './types';

/** A member whose territory grew in a year, and the former units whose land it took in. */
export interface TerritoryGrowth {
  member: UnitCode;
  /** Units that ceased to exist the year before and whose land the member now covers (e.g. DDR in 1990). */
  absorbed: UnitCode[];
}

/**
 * Members whose shape grew during the year, e.g. Germany in 1990 when the former GDR became part
 * of it. Derived from the unit periods: a member's new period covers parts its previous one did not.
 */
export function territoryGrowthIn(data: Dataset, year: number): TerritoryGrowth[] {
  const growth: TerritoryGrowth[] = [];
  for (const unit of data.units) {
    const index = unit.periods.findIndex((p) => p.from === year);
    const before = unit.periods.find((p) => p.to === year - 1);
    if (index < 0 || !before || !isMemberIn(data, unit.code, year - 1)) continue;
    const now = unit.periods[index]!.parts;
    const gained = now.filter((part) => !before.parts.includes(part));
    if (gained.length === 0) continue;
    const absorbed = data.units
      .filter((u) => u.code !== unit.code)
      .filter((u) => u.periods.some((p) => p.to === year - 1 && p.parts.every((part) => gained.includes(part))))
      .map((u) => u.code);
    growth.push({ member: unit.code, absorbed });
  }
  return growth;
}

/** The years in which NATO's membership or territory changed: accession rounds and members' growth, ascending. */
export function roundYears(data: Dataset): number[] {
  const years = new Set(accessionYears(data));
  const unitYears = data.units.flatMap((u) => u.periods.map((p) => p.from).filter((y): y is number => y !== undefined));
  for (const year of new Set(unitYears)) if (territoryGrowthIn(data, year).length > 0) years.add(year);
  return [...years].sort((a, b) => a - b);
}

/** The first round after the year, if any. */
export function nextRound(rounds: readonly number[], year: number): number | undefined {
  return rounds.find((r) => r > year);
}

/** The last round before the year, if any. */
export function previousRound(rounds: readonly number[], year: number): number | undefined {
  return [...rounds].reverse().find((r) => r < year);
}
