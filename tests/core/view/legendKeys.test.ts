import { describe, expect, it } from 'vitest';
import { yearView } from '../../../src/core/view/yearView';
import { dataset } from '../../../src/data/dataset';
import { strings } from '../../../src/i18n/strings';

describe('the legend lists only the classes the map shows', () => {
  it.each([
    [1949, ['joined', 'non-member']],
    [1955, ['member', 'joined', 'non-member', 'warsaw-pact']],
    [1985, ['member', 'non-member', 'warsaw-pact', 'occupied']],
    [1991, ['member', 'non-member', 'occupied']],
    [1994, ['member', 'partner', 'non-member', 'occupied']],
    [1999, ['member', 'joined', 'map', 'partner', 'non-member', 'occupied']],
    [2008, ['member', 'invited', 'map', 'aspirant', 'partner', 'non-member', 'occupied', 'disputed']],
    [2024, ['member', 'joined', 'aspirant', 'partner', 'non-member', 'occupied', 'disputed']],
  ])('%i: %j', (year, keys) => {
    expect(yearView(dataset, year, strings).legend).toEqual(keys);
    expect(yearView(dataset, year, strings).legends.nato).toEqual(keys);
  });

  it('is the same list in years that show the same classes', () => {
    expect(yearView(dataset, 1986, strings).legend).toBe(yearView(dataset, 1985, strings).legend);
  });
});

describe('in the EU lens and the lens that shows both', () => {
  it.each([
    [1957, ['eu-non-member'], ['nato-only', 'neither']],
    [1958, ['eu-joined', 'eu-non-member'], ['both', 'nato-only', 'eu-only', 'neither']],
    [1985, ['eu-member', 'eu-non-member', 'occupied'], ['both', 'nato-only', 'eu-only', 'neither', 'occupied']],
    [2004, ['eu-member', 'eu-joined', 'eu-non-member', 'occupied'], ['both', 'nato-only', 'eu-only', 'neither', 'occupied']],
    [2020, ['eu-member', 'eu-non-member', 'occupied', 'disputed'], ['both', 'nato-only', 'eu-only', 'neither', 'occupied', 'disputed']],
  ])('%i: EU %j, both %j', (year, eu, both) => {
    const { legends } = yearView(dataset, year, strings);
    expect(legends.eu).toEqual(eu);
    expect(legends.both).toEqual(both);
  });
});
