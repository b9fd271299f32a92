import type { Dataset } from '../domain/dataset';
import { eventsFor } from '../domain/events';
import { euMembershipOf } from '../domain/eu';
import { membershipOf } from '../domain/membership';
import { pathOf, type PathStep } from '../domain/paths';
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
  /** The strip of its steps towards NATO (partner → action plan → invited → member, or partner → aspirant). */
  path?: { title: string; steps: { step: PathStep['step']; name: string; date: string; source: Source }[] };
  /** Its membership of the EU (EEC/EC), with the date it joined. */
  eu?: { label: string; text: string; source: Source; left?: { text: string; source: Source } };
  /** For a state in both NATO and the EU: both dates side by side, and the years between. */
  both?: { title: string; nato: string; eu: string; natoLabel: string; euLabel: string; gap: string };
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
  const { lens } = s;
  const partner = data.paths.partners.find((p) => p.code === code);
  if (partner?.cooperationSuspended)
    notes.push(lens.details.cooperationSuspended(formatDate(partner.cooperationSuspended.date, ui.locale)));
  const steps = pathOf(data, code);
  const eu = euMembershipOf(data, code);
  const euDate = eu && formatDate(eu.joined, ui.locale);
  const natoYear = member && Number(member.joined.slice(0, 4));
  const euYear = eu && Number(eu.joined.slice(0, 4));
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
    path:
      steps.length > 0
        ? {
            title: lens.details.path,
            steps: steps.map((p) => ({
              step: p.step,
              name: lens.details.steps[p.step],
              date: formatDate(p.date, ui.locale),
              source: p.source,
            })),
          }
        : undefined,
    eu:
      eu && euDate
        ? {
            label: eu.joined <= `${year}-12-31` ? lens.details.euSince : lens.details.euJoins,
            text: euDate,
            source: eu.source,
            left:
              eu.left && eu.leftSource ? { text: lens.details.euLeft(formatDate(eu.left, ui.locale)), source: eu.leftSource } : undefined,
          }
        : undefined,
    both:
      member && unit.joined && euDate && natoYear && euYear
        ? {
            title: lens.details.bothDates,
            natoLabel: lens.details.natoDate,
            euLabel: lens.details.euDate,
            nato: unit.joined,
            eu: euDate,
            gap: lens.details.gap(Math.abs(euYear - natoYear), euYear === natoYear ? 'same' : natoYear < euYear ? 'nato' : 'eu'),
          }
        : undefined,
  };
}
