import type { Dataset } from './dataset';
import { membershipOf } from './membership';
import type { PathStatus, Source, UnitCode } from './types';

/** The order the statuses are written in `data-status` and in the path strip. */
export const PATH_STATUSES: readonly PathStatus[] = ['partner', 'map', 'invited', 'aspirant'];

/** The last day of the year, as YYYY-MM-DD: every status is counted on it. */
const endOf = (year: number) => `${year}-12-31`;

/**
 * The steps towards NATO membership a unit stood at on 31 December of the year, in `PATH_STATUSES`
 * order; none once it is a member. A dependent territory follows its sovereign, as for membership.
 */
export function pathStatusesOf(data: Dataset, code: UnitCode, year: number): PathStatus[] {
  const state = data.unitByCode.get(code)?.sovereign ?? code;
  const day = endOf(year);
  const joined = membershipOf(data, state)?.joined;
  if (joined !== undefined && joined <= day) return [];
  const { partners, actionPlans, invitations, aspirants } = data.paths;
  const out: PathStatus[] = [];
  const p = partners.find((r) => r.code === state);
  const paused = p?.suspended && p.suspended.date <= day && !(p.reactivated && p.reactivated.date <= day);
  if (p && p.pfp <= day && !paused) out.push('partner');
  if (actionPlans.some((r) => r.code === state && r.from <= day)) out.push('map');
  if (invitations.some((r) => r.units.includes(state) && r.date <= day)) out.push('invited');
  if (aspirants.some((r) => r.code === state && r.from <= day && (r.to === undefined || day < r.to))) out.push('aspirant');
  return out;
}

/** One step of a state's path to NATO, dated and sourced, for the details' strip. */
export interface PathStep {
  step: PathStatus | 'member' | 'suspended' | 'reactivated' | 'left-aspirants';
  date: string;
  source: Source;
}

/** A state's steps towards NATO, in date order: partner → action plan → invited → member, or partner → aspirant. */
export function pathOf(data: Dataset, code: UnitCode): PathStep[] {
  const { partners, actionPlans, invitations, aspirants } = data.paths;
  const steps: PathStep[] = [];
  const p = partners.find((r) => r.code === code);
  if (p) {
    steps.push({ step: 'partner', date: p.pfp, source: p.source });
    if (p.suspended) steps.push({ step: 'suspended', ...p.suspended });
    if (p.reactivated) steps.push({ step: 'reactivated', ...p.reactivated });
  }
  for (const r of actionPlans.filter((a) => a.code === code)) steps.push({ step: 'map', date: r.from, source: r.source });
  for (const r of invitations.filter((i) => i.units.includes(code))) steps.push({ step: 'invited', date: r.date, source: r.source });
  for (const r of aspirants.filter((a) => a.code === code)) {
    steps.push({ step: 'aspirant', date: r.from, source: r.source });
    if (r.to) steps.push({ step: 'left-aspirants', date: r.to, source: r.toSource ?? r.source });
  }
  const member = data.memberByCode.get(code);
  if (member) steps.push({ step: 'member', date: member.joined, source: member.source });
  // The path is only worth a strip if it led somewhere beyond a founding membership.
  return steps.length > 1 || (steps.length === 1 && steps[0]!.step !== 'member')
    ? steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    : [];
}
