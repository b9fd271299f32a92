import { expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { inWarsawPact } from '../../../src/core/domain/blocs';
import { describeUnit } from '../../../src/core/view/describe';
import { strings } from '../../../src/i18n/strings';

it.each([
  [1954, 'POL', false],
  [1955, 'POL', true],
  [1990, 'POL', true],
  [1991, 'POL', false],
  [1967, 'ALB', true],
  [1968, 'ALB', false],
  [1989, 'DDR', true],
  [1985, 'SUN', true],
  [1985, 'CSK', true],
  [1985, 'YUG', false],
  [1985, 'DEU', false],
])('%i %s in the Warsaw Pact: %s', (year, code, expected) => {
  expect(inWarsawPact(dataset, code, year)).toBe(expected);
});

it('writes the bloc after the NATO status and names it', () => {
  const poland = describeUnit(dataset, 'POL', 1985, strings);
  expect(poland.statusTokens).toBe('non-member warsaw-pact');
  expect(poland.label).toBe('Poland, not a member (Warsaw Pact)');
  expect(describeUnit(dataset, 'POL', 1999, strings).statusTokens).toBe('joined');
});

it('names units as they were called in the year', () => {
  expect(describeUnit(dataset, 'MKD', 2018, strings).name).toBe('The former Yugoslav Republic of Macedonia');
  expect(describeUnit(dataset, 'MKD', 2020, strings).name).toBe('North Macedonia');
  expect(describeUnit(dataset, 'TUR', 1952, strings).name).toBe('Turkey');
  expect(describeUnit(dataset, 'TUR', 2023, strings).name).toBe('Türkiye');
  expect(describeUnit(dataset, 'CZE', 1999, strings).name).toBe('Czech Republic');
  expect(describeUnit(dataset, 'DEU', 1985, strings).name).toBe('West Germany');
  expect(describeUnit(dataset, 'SCG', 2004, strings).name).toBe('Serbia and Montenegro');
});
