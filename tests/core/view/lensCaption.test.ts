import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { describeChange } from '../../../src/core/view/changeCaption';
import { describeEuChange } from '../../../src/core/view/euCaption';
import { describeBoth, euChangedIn, lensCaption, natoChangedIn } from '../../../src/core/view/lensCaption';
import { bothCaption, yearViews } from '../../../src/core/view/yearViews';
import { strings } from '../../../src/i18n/strings';
import { fr as french } from '../../../src/i18n/fr';

const both = (year: number) => describeBoth(dataset, year, strings);

describe('the caption of the lens that shows both', () => {
  it('gives both sentences in a year when NATO and the EU both changed', () => {
    expect(both(2004)).toBe(`${describeChange(dataset, 2004, strings)}. ${describeEuChange(dataset, 2004, strings)}`);
    expect(both(2004)).toMatch(
      /^2004: Bulgaria, .* joined — 26 members\. 2004: ten states joined the EU \(.*Cyprus.*\) — 25 members of the EU$/,
    );
    expect(both(2020)).toMatch(/North Macedonia joined — 30 members\. 2020: United Kingdom left the EU/);
  });

  it('leaves out a body that did not change: its count stands beside the year', () => {
    expect(both(1999)).toBe(describeChange(dataset, 1999, strings));
    expect(both(1999)).not.toMatch(/EU/);
    expect(both(1995)).toBe(describeEuChange(dataset, 1995, strings));
    expect(both(1995)).toMatch(/^1995: three states joined the EU \(Austria, Finland and Sweden\)/);
    expect(both(1995)).not.toMatch(/no change/);
    // Before the EEC, NATO's change alone.
    expect(both(1952)).toBe(describeChange(dataset, 1952, strings));
  });

  it('says "no change" for both when neither changed', () => {
    expect(both(2010)).toBe('2010: no change — 28 members. 2010: no change in the EU — 27 members of the EU');
    expect(both(1950)).toMatch(/^1950: no change — 12 members\. 1950: the EEC does not exist yet/);
  });

  it('knows which body changed, membership or territory', () => {
    expect([1949, 1952, 1990, 1999, 2004, 2023].every((y) => natoChangedIn(dataset, y))).toBe(true);
    expect([1950, 1958, 1995, 2013].some((y) => natoChangedIn(dataset, y))).toBe(false);
    expect([1958, 1973, 1995, 2004, 2013, 2020].every((y) => euChangedIn(dataset, y))).toBe(true);
    expect([1949, 1957, 1999, 2010, 2024].some((y) => euChangedIn(dataset, y))).toBe(false);
  });

  it('is the same in every lens for the page and for the export, in any language', () => {
    for (const s of [strings, french]) {
      for (const year of [1952, 1995, 2004, 2010]) {
        expect(lensCaption('both', dataset, year, s)).toBe(describeBoth(dataset, year, s));
        expect(bothCaption(dataset, year, s)).toBe(describeBoth(dataset, year, s));
        expect(lensCaption('nato', dataset, year, s)).toBe(yearViews.caption(dataset, year, s));
        expect(lensCaption('eu', dataset, year, s)).toBe(yearViews.euCaption(dataset, year, s));
      }
    }
  });
});
