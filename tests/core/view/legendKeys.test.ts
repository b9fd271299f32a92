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
    [1999, ['member', 'joined', 'non-member', 'occupied']],
    [2008, ['member', 'non-member', 'occupied', 'disputed']],
    [2024, ['member', 'joined', 'non-member', 'occupied', 'disputed']],
  ])('%i: %j', (year, keys) => {
    expect(yearView(dataset, year, strings).legend).toEqual(keys);
  });

  it('is the same list in years that show the same classes', () => {
    expect(yearView(dataset, 1986, strings).legend).toBe(yearView(dataset, 1985, strings).legend);
  });
});
