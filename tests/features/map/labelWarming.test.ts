import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { strings } from '../../../src/i18n/strings';
import { labelWarmingSteps } from '../../../src/features/map/labelWarming';
import { mapGeometry } from '../../fixtures/realGeometry';

describe('labelWarmingSteps', () => {
  it('has one step a year once the map is measured, none before', () => {
    expect(labelWarmingSteps(dataset, strings, mapGeometry, 0)).toEqual([]);
    const steps = labelWarmingSteps(dataset, strings, mapGeometry, 390);
    expect(steps).toHaveLength(dataset.latestYear - dataset.firstYear + 1);
    expect(() => steps.forEach((step) => step())).not.toThrow();
  });
});
