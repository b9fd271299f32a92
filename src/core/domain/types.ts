/** ISO 3166-1 alpha-3 code of a state or territory, or a former-state code (DDR, CSK, SUN, YUG, SCG, XKX). */
export type UnitCode = string;

/** A calendar date written as YYYY-MM-DD. */
export type IsoDate = string;

/** Where a fact comes from. */
export interface Source {
  url: string;
  /** Publisher or document, shown as the link text, e.g. "NATO". */
  publisher: string;
}

/** A span of years (inclusive, as on 31 December) in which a unit had one shape. */
export interface UnitPeriod {
  /** First year the unit existed on 31 December; absent: before the map starts. */
  from?: number;
  /** Last year the unit existed on 31 December; absent: still exists. */
  to?: number;
  /** Atlas pieces merged into this period's shape. */
  parts: string[];
}

/** A state or territory the map can draw. */
export interface UnitRecord {
  code: UnitCode;
  /** For dependent territories (Greenland, Åland…): the state whose membership covers them. */
  sovereign?: UnitCode;
  /** Drawn in an inset rather than the main view of Europe. */
  inset?: 'north-america';
  periods: UnitPeriod[];
}

/** One NATO member and how it joined. */
export interface MemberRecord {
  code: UnitCode;
  /** Day the instrument of accession was deposited (founders: the treaty's entry into force). */
  joined: IsoDate;
  /** Year of the enlargement round, e.g. 1999. */
  round: number;
  source: Source;
  /** Extra sourced notes about its membership (e.g. German reunification). */
  notes?: string[];
}

export type EventKind = 'accession' | 'relations' | 'conflict' | 'border' | 'partnership' | 'summit';

/** A dated event shown in the year's list and in the details of the units it involves. */
export interface EventRecord {
  id: string;
  date: IsoDate;
  /** Last day, for events that span several days. */
  endDate?: IsoDate;
  kind: EventKind;
  /** Units the event involves; empty for alliance-wide events. */
  units: UnitCode[];
  /** Where it happened, [longitude, latitude], for a marker on the map. */
  place?: [number, number];
  source: Source;
}

/** Occupied or disputed territory drawn over its state. */
export interface DisputeRecord {
  slug: string;
  /** The state the UN recognises as sovereign over the territory. */
  state: UnitCode;
  kind: 'occupied' | 'disputed';
  /** The state in control, where the UN General Assembly resolution cited names it as the occupying Power. */
  occupier?: UnitCode;
  /** The occupier controls only parts of the territory. */
  partial?: boolean;
  /** First year the dispute exists on 31 December. */
  from: number;
  /** Atlas pieces the overlay covers. */
  parts: string[];
  source: Source;
}

/** Membership of a bloc (the Warsaw Pact) from one date up to, not including, another. */
export interface BlocMembership {
  code: UnitCode;
  from: IsoDate;
  /** The day membership ended; absent: until the bloc dissolved. */
  to?: IsoDate;
  note?: string;
}

/** The Warsaw Pact: its members and when it was dissolved. */
export interface WarsawPactRecord {
  signed: IsoDate;
  dissolved: IsoDate;
  source: Source;
  dissolvedSource: Source;
  members: BlocMembership[];
}

/** Status of a unit on 31 December of a year. */
export type Status = 'member' | 'joined' | 'non-member';

/** A finer status shown alongside the NATO status, written into `data-status` after it. */
export type Bloc = 'warsaw-pact';

/** A stretch of land border between a NATO member (or future member) and Russia or the Soviet Union. */
export interface BorderRecord {
  /** The state on NATO's side of the line. */
  member: UnitCode;
  /** Russia or the Soviet Union: the state across the line. */
  neighbour: UnitCode;
  /** For the USSR's borders: the Soviet republic the line belongs to today (e.g. GEO). */
  via?: UnitCode;
  /** Length in kilometres, as the source gives it. */
  km: number;
  source: Source;
}

/** A dated fact with its source. */
export interface DatedFact {
  date: IsoDate;
  source: Source;
}

/** A state's Partnership for Peace: the day it signed the Framework Document, and any pause. */
export interface PartnerRecord {
  code: UnitCode;
  pfp: IsoDate;
  source: Source;
  /** The state suspended its participation (Malta, 1996)… */
  suspended?: DatedFact;
  /** …and took it up again (Malta, 2008). */
  reactivated?: DatedFact;
  /** NATO suspended practical cooperation with the partner (Russia, 2014); it stays a partner. */
  cooperationSuspended?: DatedFact;
}

/** A state's Membership Action Plan, from the day it began until accession. */
export interface ActionPlanRecord {
  code: UnitCode;
  from: IsoDate;
  source: Source;
}

/** NATO's invitation to accession talks, to one or more states on one day. */
export interface InvitationRecord {
  date: IsoDate;
  units: UnitCode[];
  source: Source;
}

/** A span in which NATO recognised a state as seeking membership, not yet invited. */
export interface AspirantRecord {
  code: UnitCode;
  from: IsoDate;
  /** The day it stopped (Ukraine's non-bloc law, 2010); absent: still. */
  to?: IsoDate;
  source: Source;
  toSource?: Source;
}

/** The steps towards NATO membership: a finer status of non-members, on 31 December. */
export type PathStatus = 'partner' | 'map' | 'invited' | 'aspirant';

/** An enlargement of the EU (EEC/EC before November 1993), or an exit from it, on one day. */
export interface EuChangeRecord {
  date: IsoDate;
  /** The member states that joined or left. */
  units: UnitCode[];
  /** Territories the map draws apart that joined or left with them (West Berlin, Greenland, Åland). */
  territories?: UnitCode[];
  source: Source;
}

/** A unit's membership of the EU: when it joined and, if it did, when it left. */
export interface EuMembership {
  code: UnitCode;
  joined: IsoDate;
  source: Source;
  left?: IsoDate;
  leftSource?: Source;
  /** A territory that joined with its state, not a member state of its own. */
  territory?: boolean;
}

/** What the map's colours show: NATO membership, EU membership, or both at once. */
export type Lens = 'nato' | 'eu' | 'both';
