import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { unitsIn } from '../../../src/core/domain/units';

/** Units drawn in every year: states and territories whose borders did not change on this map. */
const ALWAYS = `ALA ALB AND AUT BEL BGR CAN CHE CYP DNK DZA EGY ESP FIN FRA FRO GBR GGY GRC GRL HUN IMN IRL IRN
  IRQ ISL ISR ITA JEY JOR KWT LBN LIE LUX MAR MCO MLT NLD NOR POL PRT PSE ROU SAU SMR SPM SWE SYR TUN TUR USA VAT`;
const SOVIET_SUCCESSORS = 'ARM AZE BLR EST GEO KAZ LTU LVA MDA RUS TKM UKR UZB'; // Kyrgyzstan and Tajikistan lie east of the view
const codes = (...lists: string[]) => lists.join(' ').split(/\s+/).filter(Boolean).sort();

describe('the units drawn on 31 December', () => {
  it.each([
    [1949, codes(ALWAYS, 'DEU DDR XWB XSR CSK SUN YUG')],
    [1950, codes(ALWAYS, 'DEU DDR XWB XSR CSK SUN YUG')],
    [1956, codes(ALWAYS, 'DEU DDR XWB XSR CSK SUN YUG')],
    [1957, codes(ALWAYS, 'DEU DDR XWB CSK SUN YUG')],
    [1985, codes(ALWAYS, 'DEU DDR XWB CSK SUN YUG')],
    [1989, codes(ALWAYS, 'DEU DDR XWB CSK SUN YUG')],
    [1990, codes(ALWAYS, 'DEU CSK SUN YUG')],
    [1991, codes(ALWAYS, 'DEU CSK', SOVIET_SUCCESSORS, 'YUG SVN HRV MKD')],
    [1992, codes(ALWAYS, 'DEU CSK', SOVIET_SUCCESSORS, 'SVN HRV MKD BIH SCG')],
    [1993, codes(ALWAYS, 'DEU CZE SVK', SOVIET_SUCCESSORS, 'SVN HRV MKD BIH SCG')],
    [2005, codes(ALWAYS, 'DEU CZE SVK', SOVIET_SUCCESSORS, 'SVN HRV MKD BIH SCG')],
    [2006, codes(ALWAYS, 'DEU CZE SVK', SOVIET_SUCCESSORS, 'SVN HRV MKD BIH SRB MNE')],
    [2008, codes(ALWAYS, 'DEU CZE SVK', SOVIET_SUCCESSORS, 'SVN HRV MKD BIH SRB MNE XKX')],
    [dataset.latestYear, codes(ALWAYS, 'DEU CZE SVK', SOVIET_SUCCESSORS, 'SVN HRV MKD BIH SRB MNE XKX')],
  ])('%i', (year, expected) => {
    expect(
      unitsIn(dataset, year)
        .map((u) => u.code)
        .sort(),
    ).toEqual(expected);
  });

  it.each([
    [1949, 'DEU#0'],
    [1956, 'DEU#0'],
    [1957, 'DEU#1'],
    [1989, 'DEU#1'],
    [1990, 'DEU#2'],
    [dataset.latestYear, 'DEU#2'],
  ])(
    'draws (West) Germany in %i as %s: without the Saar to 1956, with it from 1957, with the former GDR and West Berlin from 1990',
    (year, shapeId) => {
      expect(unitsIn(dataset, year).find((u) => u.code === 'DEU')?.shapeId).toBe(shapeId);
    },
  );

  it('draws West Berlin and the Saar as units apart from both German states', () => {
    const parts = (code: string) => dataset.unitByCode.get(code)!.periods.map((p) => p.parts);
    expect(parts('XWB')).toEqual([['XWB']]);
    expect(parts('XSR')).toEqual([['XSR']]);
    expect(parts('DDR')).toEqual([['DEU.east']]);
    expect(parts('DEU')[0]).toEqual(['DEU.west']);
  });

  it('draws Ukraine with Crimea in every year it exists, as in 2010 and 2020 (the atlas tests check Crimea lies inside UKR#0)', () => {
    for (const year of [1991, 2010, 2014, 2020, dataset.latestYear]) {
      expect(unitsIn(dataset, year).find((u) => u.code === 'UKR')?.shapeId, `${year}`).toBe('UKR#0');
    }
  });

  it('draws Serbia with Kosovo in 2006–2007 and without it from 2008', () => {
    expect(unitsIn(dataset, 2007).find((u) => u.code === 'SRB')?.shapeId).toBe('SRB#0');
    expect(unitsIn(dataset, 2008).find((u) => u.code === 'SRB')?.shapeId).toBe('SRB#1');
  });
});
