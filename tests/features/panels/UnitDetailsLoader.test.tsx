// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { loadUnitDetails, UnitDetails } from '../../../src/features/panels/UnitDetailsLoader';
import { tinyData } from '../../fixtures/tiny';
import { strings } from '../../../src/i18n/strings';

const details = () => <UnitDetails data={tinyData} code="POL" year={1999} strings={strings} reveal={false} onClose={() => undefined} />;

describe('the details, a chunk of their own', () => {
  it('show once their chunk arrives, then at once, with no second pass, once it is loaded', async () => {
    const first = render(details());
    // Nothing until the chunk has arrived, then the panel.
    expect(screen.queryByRole('region')).toBeNull();
    expect(await screen.findByRole('region', { name: /Poland/ })).toBeTruthy();
    first.unmount();

    await loadUnitDetails();
    render(details());
    // In the first render: what the app's start relies on for a link that opens a unit.
    expect(screen.getByRole('region', { name: /Poland/ }).textContent).toContain('12 March 1999');
  });
});
