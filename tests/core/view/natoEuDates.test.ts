import { describe, expect, it } from 'vitest';
import { natoEuDates } from '../../../src/core/view/natoEuDates';
import { dataset } from '../../../src/data/dataset';
import { strings } from '../../../src/i18n/strings';

describe('NATO and EU dates side by side', () => {
  const rows = natoEuDates(dataset, strings);

  it('lists every state in both, and only those', () => {
    // 23 of today's EU members are in NATO, and the United Kingdom was in both until 2020.
    expect(rows).toHaveLength(24);
    expect(rows.map((r) => r.code)).not.toContain('NOR');
    expect(rows.map((r) => r.code)).not.toContain('IRL');
    expect(rows.map((r) => r.code)).toContain('GBR');
  });

  it.each([
    ['POL', 1999, 2004, 5, 'NATO first by 5'],
    ['HRV', 2009, 2013, 4, 'NATO first by 4'],
    ['SWE', 2024, 1995, -29, 'EU first by 29'],
    ['LTU', 2004, 2004, 0, '0'],
    ['DEU', 1955, 1958, 3, 'NATO first by 3'],
  ])('%s: NATO %i, EU %i, gap %i (%s)', (code, natoYear, euYear, gap, gapText) => {
    expect(rows.find((r) => r.code === code)).toMatchObject({ natoYear, euYear, gap, gapText });
  });

  it('is ordered by the gap, NATO-first states first', () => {
    expect(rows.map((r) => r.gap)).toEqual([...rows.map((r) => r.gap)].sort((a, b) => b - a));
  });
});
