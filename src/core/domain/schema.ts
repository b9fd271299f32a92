import { validatePathsAndEu } from './pathSchema';
import type { DisputeRecord, EventKind, EventRecord, MemberRecord, UnitRecord } from './types';

/** The raw records as read from the data files, before they are trusted. */
export interface RawRecords {
  units: unknown;
  members: unknown;
  events: unknown;
  disputes: unknown;
  /** blocs.json (Warsaw Pact, partners); only its sources are checked here. */
  blocs?: unknown;
  /** eu.json: the EU's enlargements and exits. */
  eu?: unknown;
}

const EVENT_KINDS: readonly EventKind[] = ['accession', 'relations', 'conflict', 'border', 'partnership', 'summit'];
const CODE = /^[A-Z]{3}$/;

/**
 * Checks the data files against the schema. Returns one readable message per problem;
 * an empty list means the records can be trusted as typed.
 */
export function validateRecords(raw: RawRecords): string[] {
  const errors: string[] = [];
  const fail = (where: string, what: string) => errors.push(`${where}: ${what}`);
  const units = list<UnitRecord>(raw.units, 'units', fail);
  const codes = new Set(units.map((u) => u.code));
  const known = (code: unknown) => typeof code === 'string' && codes.has(code);

  units.forEach((u, i) => {
    const at = `units[${i}] ${String(u?.code)}`;
    if (!CODE.test(String(u?.code))) fail(at, 'code must be three capital letters');
    if (u.sovereign !== undefined && !known(u.sovereign)) fail(at, `unknown sovereign ${String(u.sovereign)}`);
    if (!Array.isArray(u.periods) || u.periods.length === 0) return fail(at, 'needs at least one period');
    u.periods.forEach((p, j) => {
      if (!Array.isArray(p.parts) || p.parts.length === 0) fail(`${at} period ${j}`, 'needs parts');
      if (p.from !== undefined && p.to !== undefined && p.from > p.to) fail(`${at} period ${j}`, 'ends before it starts');
    });
  });

  list<MemberRecord>(raw.members, 'members', fail).forEach((m, i) => {
    const at = `members[${i}] ${String(m?.code)}`;
    if (!known(m.code)) fail(at, 'unknown unit code');
    if (!isIsoDate(m.joined)) fail(at, `malformed date ${String(m.joined)}`);
    else if (m.round !== Number(m.joined.slice(0, 4))) fail(at, 'round must be the accession year');
    checkSource(m.source, at, fail);
  });

  const ids = new Set<string>();
  list<EventRecord>(raw.events, 'events', fail).forEach((e, i) => {
    const at = `events[${i}] ${String(e?.id)}`;
    if (typeof e.id !== 'string' || !/^[a-z0-9-]+$/.test(e.id)) fail(at, 'id must be a kebab-case slug');
    if (ids.has(e.id)) fail(at, 'duplicate id');
    ids.add(e.id);
    if (!isIsoDate(e.date)) fail(at, `malformed date ${String(e.date)}`);
    if (e.endDate !== undefined && !(isIsoDate(e.endDate) && e.endDate >= e.date)) fail(at, 'bad end date');
    if (!EVENT_KINDS.includes(e.kind)) fail(at, `unknown kind ${String(e.kind)}`);
    if (!Array.isArray(e.units)) fail(at, 'units must be a list');
    else e.units.filter((c) => !known(c)).forEach((c) => fail(at, `unknown unit code ${String(c)}`));
    if (e.place !== undefined && !isPlace(e.place)) fail(at, 'place must be [longitude, latitude]');
    checkSource(e.source, at, fail);
  });

  list<DisputeRecord>(raw.disputes, 'disputes', fail).forEach((d, i) => {
    const at = `disputes[${i}] ${String(d?.slug)}`;
    if (typeof d.slug !== 'string' || !/^[a-z0-9-]+$/.test(d.slug)) fail(at, 'slug must be lower-case words and digits');
    if (!known(d.state)) fail(at, 'unknown state');
    if (d.occupier !== undefined && !known(d.occupier)) fail(at, 'unknown occupier');
    if (d.kind !== 'occupied' && d.kind !== 'disputed') fail(at, 'kind must be occupied or disputed');
    if (d.partial !== undefined && (typeof d.partial !== 'boolean' || d.occupier === undefined))
      fail(at, 'partial must be true or false, and needs an occupier');
    if (!Number.isInteger(d.from)) fail(at, 'from must be a year');
    if (!Array.isArray(d.parts) || d.parts.length === 0) fail(at, 'needs parts');
    checkSource(d.source, at, fail);
  });

  const blocs = raw.blocs as { warsawPact?: { source?: unknown; dissolvedSource?: unknown } } | undefined;
  if (blocs?.warsawPact) {
    checkSource(blocs.warsawPact.source, 'blocs warsawPact', fail);
    checkSource(blocs.warsawPact.dissolvedSource, 'blocs warsawPact dissolved', fail);
  }
  validatePathsAndEu(raw.blocs, raw.eu, known, fail, { isIsoDate, checkSource });
  return errors;
}

/** Whether the value is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function list<T>(value: unknown, name: string, fail: (where: string, what: string) => void): T[] {
  if (Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null)) return value as T[];
  fail(name, 'must be a list of records');
  return [];
}

/**
 * Open wikis and the sites that mirror them: anyone may edit what they say, so they are never a
 * source. Any host with "wiki" in its name (wikipedia, wikiwand, wikimili, wikia, everybodywiki,
 * wiki mirrors…), any `/wiki/` path, and these mirrors whose names do not say so.
 */
const WIKI_MIRRORS = [
  'dbpedia.org',
  'fandom.com',
  'ebooklibrary.org',
  'worldlibrary.org',
  'infogalactic.com',
  'justapedia.org',
  'alchetron.com',
  'wn.com',
  'theinfolist.com',
];

/** Whether a URL points to an open wiki or a mirror of one. */
export function isOpenWiki(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  return host.includes('wiki') || /\/wiki\//i.test(parsed.pathname) || WIKI_MIRRORS.some((m) => host === m || host.endsWith(`.${m}`));
}

/** Reports a source that lacks an https URL or a publisher, or that is an open wiki. */
export function checkSource(source: unknown, at: string, fail: (where: string, what: string) => void): void {
  const s = source as { url?: unknown; publisher?: unknown } | undefined;
  if (typeof s?.url !== 'string' || !/^https:\/\/[^\s]+$/.test(s.url)) fail(at, 'missing or malformed source url');
  else if (isOpenWiki(s.url)) fail(at, `source is an open wiki or a wiki mirror: ${s.url}`);
  if (typeof s?.publisher !== 'string' || s.publisher.trim() === '') fail(at, 'missing source publisher');
}

function isPlace(value: unknown): boolean {
  if (!Array.isArray(value) || value.length !== 2) return false;
  const [lon, lat] = value as unknown[];
  return typeof lon === 'number' && typeof lat === 'number' && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
}
