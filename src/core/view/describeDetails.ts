import type { Dataset } from '../domain/dataset';
import { eventsFor } from '../domain/events';
import { membershipOf } from '../domain/membership';
import { existsIn } from '../domain/units';
import type { Source, UnitCode } from '../domain/types';
import { formatDate } from '../../i18n/format';
import { unitName, type Strings } from '../../i18n/strings';
import { describeEvent, type EventDescription } from './describeEvent';
import { describeUnit } from './describe';

/** Everything the details panel shows about a unit in a year. */
export interface Details {
  code: UnitCode;
  name: string;
  statusLine: string;
  /** "12 March 1999 · 1999 enlargement", for members and future members. */
  accession?: { text: string; label: string; source: Source };
  notes: string[];
  events: EventDescription[];
}

/** Builds the details of a unit as of 31 December of the year. */
export function describeDetails(data: Dataset, code: UnitCode, year: number, s: Strings): Details {
  const { ui } = s;
  const unit = describeUnit(data, code, year, s);
  const member = membershipOf(data, code);
  const sovereign = data.unitByCode.get(code)?.sovereign;
  const notes: string[] = [];
  if (!existsIn(data, code, year)) notes.push(ui.details.notDrawn(unit.name, year));
  const note = s.unitNotes[code];
  if (note) notes.push(note);
  if (sovereign) notes.push(ui.details.coveredBy(unitName(sovereign, year, s)));
  const pact = data.warsawPact.members.find((m) => m.code === code);
  if (pact)
    notes.push(ui.details.warsawPact(formatDate(pact.from, ui.locale), formatDate(pact.to ?? data.warsawPact.dissolved, ui.locale)));
  if (!member) notes.push(ui.details.neverMember);
  return {
    code,
    name: unit.name,
    statusLine: ui.details.status(ui.status[unit.status], year),
    accession:
      member && unit.joined
        ? {
            // Before its accession, the date is the one it joins on, not one it is a member since.
            label: unit.status === 'non-member' ? ui.details.joins : ui.details.memberSince,
            text: ui.details.joinedOn(unit.joined, ui.round(member.round, data.firstYear)),
            source: member.source,
          }
        : undefined,
    notes,
    events: eventsFor(data, code).map((e) => describeEvent(e, s)),
  };
}
