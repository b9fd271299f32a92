import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { memberRows } from '../../../src/features/share/export/memberRows';
import { strings } from '../../../src/i18n/strings';
import { memberList } from '../../../src/core/view/memberList';
import { membersInNameOrder } from '../../../src/core/view/memberOrder';

const roundNames = (year: number, round: number) =>
  memberRows(dataset, year, strings)
    .filter((r) => r.round === round)
    .map((r) => r.name);

describe('within a round, members are listed alphabetically by the name shown', () => {
  it.each([
    [
      1949,
      1949,
      [
        'Belgium',
        'Canada',
        'Denmark',
        'France',
        'Iceland',
        'Italy',
        'Luxembourg',
        'Netherlands',
        'Norway',
        'Portugal',
        'United Kingdom',
        'United States',
      ],
    ],
    [1952, 1952, ['Greece', 'Turkey']],
    [1999, 1999, ['Czech Republic', 'Hungary', 'Poland']],
    [2004, 2004, ['Bulgaria', 'Estonia', 'Latvia', 'Lithuania', 'Romania', 'Slovakia', 'Slovenia']],
    [2009, 2009, ['Albania', 'Croatia']],
    [2024, 1999, ['Czechia', 'Hungary', 'Poland']],
  ])('in the %i exports, the %i round is %j', (year, round, names) => {
    expect(roundNames(year, round)).toEqual(names);
  });

  it('in the member list of the year pages too, rounds still by date', () => {
    const lines = memberList(dataset, 2004, strings).map((l) => l.code);
    expect(lines.slice(0, 12)).toEqual(['BEL', 'CAN', 'DNK', 'FRA', 'ISL', 'ITA', 'LUX', 'NLD', 'NOR', 'PRT', 'GBR', 'USA']);
    expect(lines.slice(-7)).toEqual(['BGR', 'EST', 'LVA', 'LTU', 'ROU', 'SVK', 'SVN']);
  });

  it('follows the strings, not the codes', () => {
    const renamed = { ...strings, unitNames: { ...strings.unitNames, BGR: 'Zagora' } };
    const codes = membersInNameOrder(dataset, 2004, renamed)
      .slice(-7)
      .map((m) => m.code);
    expect(codes).toEqual(['EST', 'LVA', 'LTU', 'ROU', 'SVK', 'SVN', 'BGR']);
  });
});
