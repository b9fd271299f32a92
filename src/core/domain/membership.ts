import { compareCodes } from './order';
import { yearOf, type Dataset } from './dataset';
import type { MemberRecord, Status, UnitCode } from './types';

/** The membership record that covers a unit: its own, or its sovereign's for a dependent territory. */
export function membershipOf(data: Dataset, code: UnitCode): MemberRecord | undefined {
  const sovereign = data.unitByCode.get(code)?.sovereign;
  return data.memberByCode.get(sovereign ?? code);
}

/** Status of a unit on 31 December of the year. */
export function statusOf(data: Dataset, code: UnitCode, year: number): Status {
  const member = membershipOf(data, code);
  if (!member) return 'non-member';
  const joined = yearOf(member.joined);
  if (joined > year) return 'non-member';
  return joined === year ? 'joined' : 'member';
}

/** Whether the unit is a member on 31 December of the year. */
export function isMemberIn(data: Dataset, code: UnitCode, year: number): boolean {
  return statusOf(data, code, year) !== 'non-member';
}

/** The members (states, not dependent territories) on 31 December of the year, by accession date. */
export function membersIn(data: Dataset, year: number): MemberRecord[] {
  return data.members.filter((m) => yearOf(m.joined) <= year).sort(byJoined);
}

/** The states that joined during the year. */
export function joinedIn(data: Dataset, year: number): MemberRecord[] {
  return data.members.filter((m) => yearOf(m.joined) === year).sort(byJoined);
}

/** The years in which membership grew, ascending. */
export function accessionYears(data: Dataset): number[] {
  return [...new Set(data.members.map((m) => yearOf(m.joined)))].sort((a, b) => a - b);
}

function byJoined(a: MemberRecord, b: MemberRecord): number {
  return compareCodes(a.joined, b.joined) || compareCodes(a.code, b.code);
}
