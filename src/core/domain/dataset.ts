import type { BorderRecord, DisputeRecord, EventRecord, MemberRecord, UnitCode, UnitRecord, WarsawPactRecord } from './types';

/** Everything the map shows is a function of this data, a year and a selection. */
export interface Dataset {
  units: UnitRecord[];
  members: MemberRecord[];
  events: EventRecord[];
  disputes: DisputeRecord[];
  warsawPact: WarsawPactRecord;
  /** Land borders with Russia and the USSR, for the border figure. */
  borders: BorderRecord[];
  /** Units too small to hit on the map, drawn with a marker big enough to tap. */
  smallStates: ReadonlySet<UnitCode>;
  /** Units named on the map whenever drawn, besides the year's joiners; most important first. */
  labelAnchors: readonly UnitCode[];
  /** Years playback holds on although membership did not change. */
  turningPoints: readonly number[];
  /** Members by code, for constant-time lookups on the slider's hot path. */
  memberByCode: ReadonlyMap<UnitCode, MemberRecord>;
  unitByCode: ReadonlyMap<UnitCode, UnitRecord>;
  /** First year the map shows: the year the treaty came into force. */
  firstYear: number;
  /** Latest year any record speaks of. */
  latestYear: number;
}

/** Indexes validated records into a Dataset. */
export function createDataset(records: {
  units: UnitRecord[];
  members: MemberRecord[];
  events: EventRecord[];
  disputes: DisputeRecord[];
  /** Absent in small fixtures: then nobody is in the pact. */
  warsawPact?: WarsawPactRecord;
  borders?: BorderRecord[];
  smallStates?: UnitCode[];
  labelAnchors?: UnitCode[];
  turningPoints?: number[];
}): Dataset {
  const years = [...records.members.map((m) => yearOf(m.joined)), ...records.events.map((e) => yearOf(e.endDate ?? e.date))];
  return {
    ...records,
    warsawPact: records.warsawPact ?? NO_PACT,
    borders: records.borders ?? [],
    smallStates: new Set(records.smallStates),
    labelAnchors: records.labelAnchors ?? [],
    turningPoints: records.turningPoints ?? [],
    memberByCode: new Map(records.members.map((m) => [m.code, m])),
    unitByCode: new Map(records.units.map((u) => [u.code, u])),
    firstYear: Math.min(...records.members.map((m) => yearOf(m.joined))),
    latestYear: Math.max(...years),
  };
}

const NO_SOURCE = { url: '', publisher: '' };
const NO_PACT: WarsawPactRecord = { signed: '', dissolved: '', source: NO_SOURCE, dissolvedSource: NO_SOURCE, members: [] };

/** The year of a YYYY-MM-DD date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
