import type { Dataset } from './dataset';
import type { Bloc, UnitCode } from './types';

/** Whether the unit belonged to the Warsaw Pact on 31 December of the year. */
export function inWarsawPact(data: Dataset, code: UnitCode, year: number): boolean {
  const pact = data.warsawPact;
  const member = pact.members.find((m) => m.code === code);
  if (!member) return false;
  const day = `${year}-12-31`;
  return member.from <= day && day < (member.to ?? pact.dissolved);
}

/** The blocs a unit belonged to on 31 December of the year. */
export function blocsOf(data: Dataset, code: UnitCode, year: number): Bloc[] {
  return inWarsawPact(data, code, year) ? ['warsaw-pact'] : [];
}
