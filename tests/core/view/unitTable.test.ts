import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { unitsIn } from '../../../src/core/domain/units';
import { yearView } from '../../../src/core/view/yearView';
import { sortRows, unitRows, type Sort, type UnitRow } from '../../../src/core/view/unitTable';
import { tinyData } from '../../fixtures/tiny';
import { strings } from '../../../src/i18n/strings';

describe('unitRows', () => {
  it.each([
    [1999, 'POL', 'joined', 'joined this year', '12 March 1999', '1999 enlargement'],
    [2000, 'POL', 'member', 'member', '12 March 1999', '1999 enlargement'],
    [1998, 'POL', 'non-member', 'not a member', undefined, undefined],
    [1949, 'BEL', 'joined', 'joined this year', '24 August 1949', 'founding member'],
    [2000, 'AUT', 'non-member', 'not a member', undefined, undefined],
  ])('%i %s: %s', (year, code, status, statusText, joinedText, roundText) => {
    const row = unitRows(tinyData, year, strings).find((r) => r.code === code)!;
    expect(row).toMatchObject({ status, statusText, joinedText, roundText });
  });

  it.each([
    [1985, 'POL', 'not a member (Warsaw Pact)'],
    [1985, 'DEU', 'member'],
    [1985, 'AUT', 'not a member'],
    [1999, 'POL', 'joined this year'],
  ])('in %i, %s is "%s", as on the map', (year, code, statusText) => {
    expect(unitRows(dataset, year, strings).find((r) => r.code === code)?.statusText).toBe(statusText);
  });

  it.each([1949, 1990, 1991, 2004, dataset.latestYear])('lists exactly the units the map draws in %i, with the same statuses', (year) => {
    const rows = unitRows(dataset, year, strings);
    const drawn = yearView(dataset, year, strings).units;
    expect(rows.map((r) => r.code)).toEqual(unitsIn(dataset, year).map((u) => u.code));
    expect(rows.map((r) => [r.code, r.status])).toEqual(drawn.map((u) => [u.code, u.status]));
  });
});

const row = (name: string, status: UnitRow['status'], joinedIso?: string, round?: number): UnitRow => ({
  code: name.slice(0, 3).toUpperCase(),
  name,
  status,
  statusText: status,
  joinedIso,
  round,
});
const rows = [
  row('Poland', 'member', '1999-03-12', 1999),
  row('Austria', 'non-member'),
  row('Belgium', 'member', '1949-08-24', 1949),
  row('Sweden', 'joined', '2024-03-07', 2024),
  row('Åland', 'non-member'),
];

describe('sortRows', () => {
  it.each<[Sort, string[]]>([
    [{ key: 'name', direction: 'ascending' }, ['Åland', 'Austria', 'Belgium', 'Poland', 'Sweden']],
    [{ key: 'name', direction: 'descending' }, ['Sweden', 'Poland', 'Belgium', 'Austria', 'Åland']],
    [{ key: 'status', direction: 'ascending' }, ['Belgium', 'Poland', 'Sweden', 'Åland', 'Austria']],
    [{ key: 'status', direction: 'descending' }, ['Åland', 'Austria', 'Sweden', 'Belgium', 'Poland']],
    [{ key: 'joined', direction: 'ascending' }, ['Belgium', 'Poland', 'Sweden', 'Åland', 'Austria']],
    [{ key: 'joined', direction: 'descending' }, ['Sweden', 'Poland', 'Belgium', 'Åland', 'Austria']],
    [{ key: 'round', direction: 'descending' }, ['Sweden', 'Poland', 'Belgium', 'Åland', 'Austria']],
  ])('%o', (sort, names) => {
    expect(sortRows(rows, sort, 'en-GB').map((r) => r.name)).toEqual(names);
  });

  it('leaves its input alone', () => {
    const copy = [...rows];
    sortRows(rows, { key: 'joined', direction: 'descending' }, 'en-GB');
    expect(rows).toEqual(copy);
  });
});

describe('the table view names the steps towards NATO and the EU date', () => {
  it.each([
    [2008, 'GEO', 'not a member (Partnership for Peace partner and aspirant to membership)', undefined],
    [2002, 'ROU', 'not a member (Partnership for Peace partner, Membership Action Plan and invited to join)', undefined],
    [2004, 'POL', 'member', '1 May 2004'],
    [2020, 'GBR', 'member', undefined],
    [1995, 'AUT', 'not a member (Partnership for Peace partner)', '1 January 1995'],
  ])('%i %s: %s, EU %s', (year, code, statusText, euText) => {
    const row = unitRows(dataset, year, strings).find((r) => r.code === code);
    expect(row).toMatchObject({ statusText });
    expect(row?.euText).toBe(euText);
  });
});
