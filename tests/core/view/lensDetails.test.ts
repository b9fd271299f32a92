import { describe, expect, it } from 'vitest';
import { describeDetails } from '../../../src/core/view/describeDetails';
import { dataset } from '../../../src/data/dataset';
import { strings } from '../../../src/i18n/strings';

const details = (code: string, year: number) => describeDetails(dataset, code, year, strings);

describe('the details of a state in NATO and the EU give both dates', () => {
  it.each([
    ['POL', '12 March 1999', '1 May 2004', 'NATO 5 years earlier'],
    ['EST', '29 March 2004', '1 May 2004', 'Same year'],
    ['FRA', '24 August 1949', '1 January 1958', 'NATO 9 years earlier'],
    ['FIN', '4 April 2023', '1 January 1995', 'EU 28 years earlier'],
    ['ESP', '30 May 1982', '1 January 1986', 'NATO 4 years earlier'],
  ])('%s: NATO %s, EU %s (%s)', (code, nato, eu, gap) => {
    const both = details(code, dataset.latestYear).both;
    expect(both).toMatchObject({ nato, eu, gap });
  });

  it.each(['IRL', 'AUT', 'NOR', 'TUR', 'GEO', 'USA'])('%s is not in both: no side-by-side dates', (code) => {
    expect(details(code, dataset.latestYear).both).toBeUndefined();
  });

  it('says when the United Kingdom left the EU, with its source', () => {
    const eu = details('GBR', 2024).eu;
    expect(eu?.text).toBe('1 January 1973');
    expect(eu?.left?.text).toMatch(/31 January 2020/);
    expect(eu?.left?.source.url).toMatch(/^https:\/\/[^/]*europa\.eu\//);
  });

  it('before a state joins the EU, the date is the one it joins on', () => {
    expect(details('POL', 2000).eu?.label).toBe(strings.lens.details.euJoins);
    expect(details('POL', 2004).eu?.label).toBe(strings.lens.details.euSince);
  });
});

describe('the strip of the path to NATO', () => {
  it.each([
    ['ROU', ['Partner', 'Action plan', 'Invited', 'Member'], ['26 January 1994', '24 April 1999', '21 November 2002', '29 March 2004']],
    ['GEO', ['Partner', 'Aspirant'], ['23 March 1994', '3 April 2008']],
    ['SWE', ['Partner', 'Invited', 'Member'], ['9 May 1994', '29 June 2022', '7 March 2024']],
  ])('%s: %j', (code, names, dates) => {
    const path = details(code, dataset.latestYear).path;
    expect(path?.steps.map((s) => s.name)).toEqual(names);
    expect(path?.steps.map((s) => s.date)).toEqual(dates);
  });

  it('founders have none', () => {
    expect(details('BEL', 2024).path).toBeUndefined();
  });

  it("says in Russia's details that NATO suspended practical cooperation in 2014", () => {
    expect(details('RUS', 2024).notes.join(' ')).toMatch(/suspended all practical cooperation with it on 1 April 2014/);
  });
});
