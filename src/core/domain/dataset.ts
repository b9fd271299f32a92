import type {
  ActionPlanRecord,
  AspirantRecord,
  BorderRecord,
  DisputeRecord,
  EuChangeRecord,
  EuMembership,
  EventRecord,
  InvitationRecord,
  MemberRecord,
  PartnerRecord,
  UnitCode,
  UnitRecord,
  WarsawPactRecord,
} from './types';

/** The steps towards NATO membership (blocs.json). */
export interface PathRecords {
  partners: PartnerRecord[];
  actionPlans: ActionPlanRecord[];
  invitations: InvitationRecord[];
  aspirants: AspirantRecord[];
}

/** The EU's enlargements and exits (eu.json). */
export interface EuRecords {
  enlargements: EuChangeRecord[];
  exits: EuChangeRecord[];
}

/** Everything the map shows is a function of this data, a year and a selection. */
export interface Dataset {
  units: UnitRecord[];
  members: MemberRecord[];
  events: EventRecord[];
  disputes: DisputeRecord[];
  warsawPact: WarsawPactRecord;
  /** Land borders with Russia and the USSR, for the border figure. */
  borders: BorderRecord[];
  /** Partnership for Peace, action plans, invitations and aspirants. */
  paths: PathRecords;
  /** The EU's enlargements and exits, as recorded. */
  eu: EuRecords;
  /** Each unit's EU membership, by code: constant-time lookups on the slider's hot path. */
  euByCode: ReadonlyMap<UnitCode, EuMembership>;
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
  /** Absent in small fixtures: then nobody is a partner, aspirant or in the EU. */
  paths?: Partial<PathRecords>;
  eu?: Partial<EuRecords>;
  smallStates?: UnitCode[];
  labelAnchors?: UnitCode[];
  turningPoints?: number[];
}): Dataset {
  const years = [...records.members.map((m) => yearOf(m.joined)), ...records.events.map((e) => yearOf(e.endDate ?? e.date))];
  return {
    ...records,
    warsawPact: records.warsawPact ?? NO_PACT,
    borders: records.borders ?? [],
    paths: { partners: [], actionPlans: [], invitations: [], aspirants: [], ...records.paths },
    eu: { enlargements: [], exits: [], ...records.eu },
    euByCode: euMemberships(records.eu?.enlargements ?? [], records.eu?.exits ?? []),
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

/** Each unit's EU membership, from the enlargements and exits. */
function euMemberships(enlargements: EuChangeRecord[], exits: EuChangeRecord[]): Map<UnitCode, EuMembership> {
  const byCode = new Map<UnitCode, EuMembership>();
  for (const e of enlargements) {
    for (const code of e.units) byCode.set(code, { code, joined: e.date, source: e.source });
    for (const code of e.territories ?? []) byCode.set(code, { code, joined: e.date, source: e.source, territory: true });
  }
  for (const e of exits)
    for (const code of [...e.units, ...(e.territories ?? [])]) {
      const m = byCode.get(code);
      if (m) byCode.set(code, { ...m, left: e.date, leftSource: e.source });
    }
  return byCode;
}

/** The year of a YYYY-MM-DD date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
