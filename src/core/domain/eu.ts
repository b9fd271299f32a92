import type { Dataset } from './dataset';
import { yearOf } from './dataset';
import type { EuMembership, Status, UnitCode } from './types';

/** A unit's membership of the EU (EEC/EC before November 1993), if it ever had one. Territories are listed in their own right. */
export function euMembershipOf(data: Dataset, code: UnitCode): EuMembership | undefined {
  return data.euByCode.get(code);
}

/** Whether the unit was in the EU (EEC/EC) on 31 December of the year. */
export function isInEu(data: Dataset, code: UnitCode, year: number): boolean {
  return euStatusOf(data, code, year) !== 'non-member';
}

/** EU status on 31 December of the year: `joined` in the year it joined, as for NATO. */
export function euStatusOf(data: Dataset, code: UnitCode, year: number): Status {
  const m = data.euByCode.get(code);
  const day = `${year}-12-31`;
  if (!m || m.joined > day || (m.left !== undefined && m.left <= day)) return 'non-member';
  return yearOf(m.joined) === year ? 'joined' : 'member';
}

/** The member states of the EU on 31 December of the year (territories drawn apart not counted), by code. */
export function euMembersIn(data: Dataset, year: number): UnitCode[] {
  return [...data.euByCode.values()].filter((m) => !m.territory && isInEu(data, m.code, year)).map((m) => m.code);
}

/** The member states that joined the EU during the year, and the states and territories that left it (Greenland, 1985). */
export function euChangesIn(data: Dataset, year: number): { joined: UnitCode[]; left: UnitCode[] } {
  return {
    joined: data.eu.enlargements.filter((e) => yearOf(e.date) === year).flatMap((e) => e.units),
    left: data.eu.exits.filter((e) => yearOf(e.date) === year).flatMap((e) => [...e.units, ...(e.territories ?? [])]),
  };
}
