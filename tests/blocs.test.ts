import { expect, it } from 'vitest';
import { dataset } from '../src/data/dataset';
import { inWarsawPact } from '../src/domain/blocs';
import { describeUnit } from '../src/view/describe';

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
  const poland = describeUnit(dataset, 'POL', 1985);
  expect(poland.statusTokens).toBe('non-member warsaw-pact');
  expect(poland.label).toBe('Poland, not a member (Warsaw Pact)');
  expect(describeUnit(dataset, 'POL', 1999).statusTokens).toBe('joined');
});

it('names units as they were called in the year', () => {
  expect(describeUnit(dataset, 'MKD', 2018).name).toBe('The former Yugoslav Republic of Macedonia');
  expect(describeUnit(dataset, 'MKD', 2020).name).toBe('North Macedonia');
  expect(describeUnit(dataset, 'TUR', 1952).name).toBe('Turkey');
  expect(describeUnit(dataset, 'TUR', 2023).name).toBe('Türkiye');
  expect(describeUnit(dataset, 'CZE', 1999).name).toBe('Czech Republic');
  expect(describeUnit(dataset, 'DEU', 1985).name).toBe('West Germany');
  expect(describeUnit(dataset, 'SCG', 2004).name).toBe('Serbia and Montenegro');
});
