import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { csvField, toCsv } from '../../../src/features/share/export/csv';
import { memberColumns, memberRows, membersCsv, membersJson, otherRows } from '../../../src/features/share/export/memberRows';
import { strings } from '../../../src/i18n/strings';

describe('csvField quotes as RFC 4180 asks', () => {
  it.each([
    ['Poland', 'Poland'],
    [1999, '1999'],
    ['', ''],
    ['Government Offices of Sweden, "Sweden is a NATO member"', '"Government Offices of Sweden, ""Sweden is a NATO member"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['line\nfeed', '"line\nfeed"'],
    ['say "hi"', '"say ""hi"""'],
    ['https://example.org/?a=1&b=2', 'https://example.org/?a=1&b=2'],
  ])('%j → %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('toCsv', () => {
  it('writes a header and one CRLF-ended line per record', () => {
    const csv = toCsv(['a', 'b'] as const, [
      { a: 'x,y', b: 1 },
      { a: 'z', b: 2 },
    ]);
    expect(csv).toBe('a,b\r\n"x,y",1\r\nz,2\r\n');
  });
});

describe('memberRows', () => {
  it.each([
    [1949, 12],
    [1952, 14],
    [1990, 16],
    [1999, 19],
    [2004, 26],
    [2023, 31],
    [dataset.latestYear, 32],
  ])('%i has %i members', (year, count) => {
    expect(memberRows(dataset, year, strings)).toHaveLength(count);
  });

  it.each([
    [2024, 'SWE', { name: 'Sweden', accessionDate: '2024-03-07', round: 2024 }],
    [1999, 'POL', { name: 'Poland', accessionDate: '1999-03-12', round: 1999 }],
    [2020, 'MKD', { name: 'North Macedonia', accessionDate: '2020-03-27', round: 2020 }],
    [1949, 'USA', { name: 'United States', accessionDate: '1949-08-24', round: 1949 }],
  ])('in %i, %s is %o', (year, code, expected) => {
    expect(memberRows(dataset, year, strings).find((r) => r.code === code)).toMatchObject(expected);
  });

  it('names each member as it was called that year', () => {
    expect(memberRows(dataset, 1955, strings).find((r) => r.code === 'DEU')?.name).not.toBe(
      memberRows(dataset, 1995, strings).find((r) => r.code === 'DEU')?.name,
    );
  });

  it('lists members by accession date, each with a source link', () => {
    const rows = memberRows(dataset, dataset.latestYear, strings);
    expect(rows.map((r) => r.accessionDate)).toEqual([...rows.map((r) => r.accessionDate)].sort());
    expect(rows.every((r) => r.sourceUrl.startsWith('https://'))).toBe(true);
  });
});

describe('the data downloads', () => {
  it('CSV has the header and a line per member of 1999, then the other states the map marks', () => {
    const lines = membersCsv(dataset, 1999, strings).split('\r\n');
    expect(lines[0]).toBe(memberColumns.join(','));
    expect(lines[0]).toBe('name,code,accessionDate,round,sourceUrl,status,euAccessionDate');
    expect(lines.slice(1, 20).every((l) => /,\d{4}-\d{2}-\d{2},\d{4},/.test(l))).toBe(true);
    expect(lines.at(-1)).toBe('');
    expect(lines).toContain('Poland,POL,1999-03-12,1999,' + dataset.memberByCode.get('POL')!.source.url + ',joined,');
    expect(lines.find((l) => l.startsWith('France,'))).toMatch(/,member,1958-01-01$/);
    // Non-members: their steps towards NATO in the status column, the EU date if in the EU.
    expect(lines.find((l) => l.startsWith('Romania,'))).toMatch(/^Romania,ROU,,,https:\/\/[^,]+,non-member partner map,$/);
    expect(lines.find((l) => l.startsWith('Austria,'))).toMatch(/,non-member partner,1995-01-01$/);
    expect(lines.find((l) => l.startsWith('Iran,'))).toBeUndefined();
  });

  it.each([
    [2004, 'POL', 'member', '2004-05-01'],
    [2003, 'POL', 'member', ''],
    [2020, 'GBR', 'member', ''],
    [2019, 'GBR', 'member', '1973-01-01'],
  ])('in %i, %s: status %s, EU date %j', (year, code, status, euAccessionDate) => {
    expect(memberRows(dataset, year, strings).find((r) => r.code === code)).toMatchObject({ status, euAccessionDate });
  });

  it.each([
    [2008, 'GEO', 'non-member partner aspirant', ''],
    [2010, 'UKR', 'non-member partner', ''],
    [2024, 'IRL', 'non-member partner', '1973-01-01'],
    [2022, 'SWE', 'non-member partner invited', '1995-01-01'],
  ])('in %i, %s (not a member): status %s, EU date %j', (year, code, status, euAccessionDate) => {
    expect(otherRows(dataset, year, strings).find((r) => r.code === code)).toMatchObject({ status, euAccessionDate, accessionDate: '' });
  });

  it('JSON holds the same rows as the CSV, with the date they are counted on', () => {
    const json = JSON.parse(membersJson(dataset, 1949, strings));
    expect(json).toMatchObject({ title: 'NATO in 1949', asOf: '1949-12-31', count: 12 });
    expect(json.members).toEqual(memberRows(dataset, 1949, strings));
    expect(json.others).toEqual(otherRows(dataset, 1949, strings));
    expect(Object.keys(json.members[0])).toEqual([...memberColumns]);
    expect(json.credits).toMatch(/Natural Earth/);
  });
});
