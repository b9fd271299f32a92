import { describe, expect, it } from 'vitest';
import units from '../../../src/data/units.json';
import members from '../../../src/data/members.json';
import events from '../../../src/data/events.json';
import disputes from '../../../src/data/disputes.json';
import blocs from '../../../src/data/blocs.json';
import eu from '../../../src/data/eu.json';
import { isOpenWiki, validateRecords, type RawRecords } from '../../../src/core/domain/schema';
import { en } from '../../../src/i18n/en';

const real: RawRecords = { units: units.units, members: members.members, events: events.events, disputes: disputes.disputes, blocs, eu };
const clone = (): { units: any[]; members: any[]; events: any[]; disputes: any[]; blocs: any; eu: any } => structuredClone(real) as never;

describe('the data files', () => {
  it('pass the schema', () => {
    expect(validateRecords(real)).toEqual([]);
  });

  it('hold all 32 members, each with a source', () => {
    expect(members.members).toHaveLength(32);
    expect(new Set(members.members.map((m) => m.code)).size).toBe(32);
  });

  it('have an English name for every unit and a text for every event', () => {
    expect(units.units.filter((u) => !(en.unitNames as Record<string, unknown>)[u.code]).map((u) => u.code)).toEqual([]);
    expect(events.events.filter((e) => !(en.eventTexts as Record<string, unknown>)[e.id]).map((e) => e.id)).toEqual([]);
    expect(Object.keys(en.eventTexts).filter((id) => !events.events.some((e) => e.id === id))).toEqual([]);
  });

  it.each([
    [1999, 'madrid-summit-1997', '1997-07-08'],
    [2004, 'prague-summit', '2002-11-21'],
    [2009, 'bucharest-summit', '2008-04-02'],
    [2017, 'montenegro-invited', '2015-12-02'],
    [2020, 'brussels-summit-2018', '2018-07-11'],
    [2023, 'madrid-summit-2022', '2022-06-29'],
    [2024, 'madrid-summit-2022', '2022-06-29'],
  ])('record the invitation of the %i round (%s, %s), naming its members', (round, id, date) => {
    const event = events.events.find((e) => e.id === id);
    expect(event?.date).toBe(date);
    const joined = members.members.filter((m) => m.round === round).map((m) => m.code);
    expect(joined.filter((code) => !event?.units.includes(code))).toEqual([]);
  });

  it('list the events by date', () => {
    const dates = events.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('have one accession event per enlargement round', () => {
    const rounds = new Set(members.members.map((m) => m.round));
    const accessionYears = new Set(events.events.filter((e) => e.kind === 'accession').map((e) => Number(e.date.slice(0, 4))));
    expect([...rounds].filter((r) => !accessionYears.has(r))).toEqual([]);
  });
});

describe('the schema rejects bad data', () => {
  it.each([
    ['a member without a source', (d: ReturnType<typeof clone>) => delete d.members[0].source, /source/],
    ['an event without a source url', (d: ReturnType<typeof clone>) => (d.events[0].source.url = ''), /source url/],
    ['an unknown unit code in an event', (d: ReturnType<typeof clone>) => (d.events[0].units = ['ZZZ']), /unknown unit code ZZZ/],
    ['an unknown member code', (d: ReturnType<typeof clone>) => (d.members[0].code = 'QQQ'), /unknown unit code/],
    ['a malformed date', (d: ReturnType<typeof clone>) => (d.members[3].joined = '1949-13-01'), /malformed date/],
    ['an impossible day', (d: ReturnType<typeof clone>) => (d.events[1].date = '1999-02-30'), /malformed date/],
    ['a round that is not the accession year', (d: ReturnType<typeof clone>) => (d.members[20].round = 1998), /round/],
    ['a duplicate event id', (d: ReturnType<typeof clone>) => (d.events[1].id = d.events[0].id), /duplicate/],
    ['an unknown event kind', (d: ReturnType<typeof clone>) => (d.events[0].kind = 'rumour'), /unknown kind/],
    ['a dispute over an unknown state', (d: ReturnType<typeof clone>) => (d.disputes[0].state = 'XYZ'), /unknown state/],
    [
      'a unit period that ends before it starts',
      (d: ReturnType<typeof clone>) => (d.units[0].periods[0] = { from: 2000, to: 1990, parts: ['A'] }),
      /ends before/,
    ],
    ['a source that is not https', (d: ReturnType<typeof clone>) => (d.members[1].source.url = 'javascript:alert(1)'), /source url/],
    [
      'an event sourced to Wikipedia',
      (d: ReturnType<typeof clone>) => (d.events[5].source.url = 'https://en.wikipedia.org/wiki/NATO'),
      /open wiki/,
    ],
    [
      'a member sourced to a wiki mirror',
      (d: ReturnType<typeof clone>) => (d.members[2].source.url = 'https://www.wikiwand.com/en/NATO'),
      /open wiki/,
    ],
    [
      'a dispute sourced to DBpedia',
      (d: ReturnType<typeof clone>) => (d.disputes[0].source.url = 'https://dbpedia.org/page/Crimea'),
      /open wiki/,
    ],
    [
      'a partner sourced to a wiki mirror',
      (d: ReturnType<typeof clone>) => (d.blocs.partners[1].source.url = 'https://military.wikia.org/wiki/Partnership_for_Peace'),
      /partners\[1\].*open wiki/,
    ],
    [
      'a partner with an unknown code',
      (d: ReturnType<typeof clone>) => (d.blocs.partners[0].code = 'ZZZ'),
      /partners\[0\].*unknown unit code/,
    ],
    [
      'an action plan with a malformed date',
      (d: ReturnType<typeof clone>) => (d.blocs.actionPlans[0].from = '1999-13-01'),
      /actionPlans\[0\].*malformed date/,
    ],
    [
      'an invitation without a source',
      (d: ReturnType<typeof clone>) => delete d.blocs.invitations[0].source,
      /invitations\[0\].*source url/,
    ],
    [
      'an aspirant span that ends before it starts',
      (d: ReturnType<typeof clone>) => (d.blocs.aspirants[1].to = '2000-01-01'),
      /aspirants\[1\].*ends before/,
    ],
    [
      "Malta's suspension without a source",
      (d: ReturnType<typeof clone>) => delete d.blocs.partners.find((p: { code: string }) => p.code === 'MLT').suspended.source,
      /MLT suspended.*source/,
    ],
    [
      'an EU enlargement with an unknown code',
      (d: ReturnType<typeof clone>) => d.eu.enlargements[0].units.push('ZZZ'),
      /eu enlargements\[0\].*unknown unit code ZZZ/,
    ],
    [
      'an EU exit sourced to a wiki',
      (d: ReturnType<typeof clone>) => (d.eu.exits[1].source.url = 'https://en.wikipedia.org/wiki/Brexit'),
      /eu exits\[1\].*open wiki/,
    ],
  ])('%s', (_, breakIt, message) => {
    const data = clone();
    breakIt(data);
    const errors = validateRecords(data);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(message);
  });

  it.each([
    ['https://en.wikipedia.org/wiki/Dissolution_of_Czechoslovakia', true],
    ['https://de.m.wikipedia.org/wiki/Saarland', true],
    ['https://www.wikiwand.com/en/articles/Saar_Protectorate', true],
    ['https://wikimili.com/en/Saar_Treaty', true],
    ['https://dbpedia.org/page/West_Berlin', true],
    ['https://en.everybodywiki.com/Some_page', true],
    ['https://military.wikia.org/wiki/Partnership_for_Peace', true],
    ['https://military-history.fandom.com/wiki/Warsaw_Pact', true],
    ['https://www.ebooklibrary.org/articles/eng/Partnership_for_Peace', true],
    ['https://example.org/wiki/Page', true],
    ['https://www.nato.int/cps/en/natohq/official_texts_17120.htm', false],
    ['https://undocs.org/A/RES/73/263', false],
    ['https://www.government.se/press-releases/2024/03/sweden-is-a-nato-member/', false],
    ['https://history.state.gov/milestones/1989-1992/collapse-soviet-union', false],
  ])('%s is an open wiki: %s', (url, expected) => {
    expect(isOpenWiki(url)).toBe(expected);
  });

  it('rejects a file that is not a list', () => {
    expect(validateRecords({ ...real, events: { not: 'a list' } })).toContain('events: must be a list of records');
  });
});
