import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { describeUnit } from '../../../src/core/view/describe';
import { yearView } from '../../../src/core/view/yearView';
import { strings } from '../../../src/i18n/strings';

describe('occupied and disputed territory, by the rule in src/data/disputes.json', () => {
  it.each([
    [1974, 'northern-cyprus', 'Northern Cyprus: part of Cyprus, occupied since 1974'],
    [2014, 'crimea', 'Crimea: part of Ukraine, occupied by Russia since 2014'],
    [2008, 'kosovo', 'Kosovo: disputed territory'],
    [
      2022,
      'ukraine-2022',
      'Donetsk, Luhansk, Zaporizhzhia and Kherson regions, declared annexed by Russia in 2022: part of Ukraine, only partly controlled by Russia',
    ],
  ])('in %i, %s is named "%s"', (year, slug, label) => {
    expect(yearView(dataset, year, strings).disputes.find((d) => d.slug === slug)?.label).toBe(label);
  });

  it.each([
    [2021, false],
    [2022, true],
    [dataset.latestYear, true],
  ])('the 2022 overlay is drawn in %i: %s', (year, drawn) => {
    expect(yearView(dataset, year, strings).disputes.some((d) => d.slug === 'ukraine-2022')).toBe(drawn);
  });
});

describe('West Berlin and the Saar, non-members of their own', () => {
  it.each([
    [1950, 'XWB', 'West Berlin, not a member'],
    [1989, 'XWB', 'West Berlin, not a member'],
    [1950, 'XSR', 'Saar Protectorate, not a member'],
    [1956, 'XSR', 'Saar Protectorate, not a member'],
  ])('in %i, %s is "%s"', (year, code, name) => {
    const unit = describeUnit(dataset, code, year, strings);
    expect([unit.status, unit.label]).toEqual(['non-member', name]);
  });
});
