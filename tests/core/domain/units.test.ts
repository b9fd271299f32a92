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
    [1985, codes(ALWAYS, 'DEU DDR CSK SUN YUG')],
    [1989, codes(ALWAYS, 'DEU DDR CSK SUN YUG')],
    [1990, codes(ALWAYS, 'DEU CSK SUN YUG')],
    [1991, codes(ALWAYS, 'DEU CSK', SOVIET_SUCCESSORS, 'YUG SVN HRV MKD')],
    [1992, codes(ALWAYS, 'DEU CSK', SOVIET_SUCCESSORS, 'SVN HRV MKD BIH SCG')],
    [1993, codes(ALWAYS, 'DEU CZE SVK', SOVIET_SUCCESSORS, 'SVN HRV MKD BIH SCG')],
    [2005, codes(ALWAYS, 'DEU CZE SVK', SOVIET_SUCCESSORS, 'SVN HRV MKD BIH SCG')],
    [2006, codes(ALWAYS, 'DEU CZE SVK', SOVIET_SUCCESSORS, 'SVN HRV MKD BIH SRB MNE')],
    [2008, codes(ALWAYS, 'DEU CZE SVK', SOVIET_SUCCESSORS, 'SVN HRV MKD BIH SRB MNE XKX')],
    [dataset.latestYear, codes(ALWAYS, 'DEU CZE SVK', SOVIET_SUCCESSORS, 'SVN HRV MKD BIH SRB MNE XKX')],
  ])('%i', (year, expected) => {
    expect(unitsIn(dataset, year).map((u) => u.code).sort()).toEqual(expected);
  });

  it('draws Germany with the former GDR from 1990 and without it before', () => {
    expect(unitsIn(dataset, 1989).find((u) => u.code === 'DEU')?.shapeId).toBe('DEU#0');
    expect(unitsIn(dataset, 1990).find((u) => u.code === 'DEU')?.shapeId).toBe('DEU#1');
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
