// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { App } from '../../../src/app/App';
import { dataset } from '../../../src/data/dataset';
import {
  forgetFormatted,
  formatDate,
  formatDateRange,
  formatList,
  formatNumber,
  pluralCategory,
  seedFormatted,
  sortNames,
} from '../../../src/i18n/format';
import { strings } from '../../../src/i18n/strings';
import { buildFormatTable } from '../../../src/core/view/formatTable';
import { mapGeometry } from '../../fixtures/realGeometry';

const KINDS = ['DateTimeFormat', 'NumberFormat', 'ListFormat', 'Collator'] as const;

/** Counts Intl objects created while `run` runs. */
function intlCreatedDuring(run: () => void): string[] {
  const created: string[] = [];
  const originals = KINDS.map((k) => [k, Intl[k]] as const);
  for (const [k, Original] of originals) {
    (Intl as Record<string, unknown>)[k] = new Proxy(Original, {
      construct(target, args) {
        created.push(k);
        return Reflect.construct(target, args) as object;
      },
    });
  }
  try {
    run();
  } finally {
    for (const [k, Original] of originals) (Intl as Record<string, unknown>)[k] = Original;
  }
  return created;
}

afterEach(() => {
  cleanup();
  forgetFormatted();
});

describe('the format table built for the app', () => {
  const table = buildFormatTable(dataset, strings);

  it('holds what Intl gives for the same input', () => {
    expect(table['date|en-GB|1999-03-12']).toBe('12 March 1999');
    expect(table['range|en-GB|1999-03-24|1999-06-10']).toBe('24 March – 10 June 1999');
    forgetFormatted();
    for (const [key, text] of Object.entries(table).slice(0, 200)) {
      const [kind, locale, ...args] = key.split('|');
      const fresh =
        kind === 'date'
          ? formatDate(args[0]!, locale!)
          : kind === 'range'
            ? formatDateRange(args[0]!, args[1]!, locale!)
            : kind === 'number'
              ? formatNumber(Number(args[0]), locale!)
              : kind === 'list'
                ? formatList(args, locale!)
                : kind === 'plural'
                  ? pluralCategory(Number(args[0]), locale!)
                  : sortNames(args, locale!).join('|');
      expect(fresh, key).toBe(text);
    }
  });

  it('lets the whole app render any year, with a country open, without creating an Intl object', () => {
    seedFormatted(table);
    const years = [1949, 1955, 1985, 1990, 1991, 1993, 1999, 2004, 2008, 2014, 2020, 2024];
    const created = intlCreatedDuring(() => {
      for (const year of years) {
        window.history.replaceState(null, '', `/?year=${year}&country=POL`);
        render(<App data={dataset} geometry={mapGeometry} strings={strings} />);
        cleanup();
      }
    });
    expect(created).toEqual([]);
  });

  it('is not needed: without it, Intl formats on the spot', () => {
    const created = intlCreatedDuring(() => expect(formatDate('2004-03-29', 'en-GB')).toBe('29 March 2004'));
    expect(created).toEqual(['DateTimeFormat']);
  });
});

describe('names that hold the table key separator', () => {
  it('are formatted and sorted without the table, correctly', () => {
    expect(formatList(['A|B', 'C'], 'en-GB')).toBe('A|B and C');
    expect(sortNames(['Z|Y', 'A|B'], 'en-GB')).toEqual(['A|B', 'Z|Y']);
  });
});

describe('sortNames', () => {
  it('orders names alphabetically in the locale', () => {
    expect(sortNames(['Poland', 'Czechia', 'Hungary'], 'en-GB')).toEqual(['Czechia', 'Hungary', 'Poland']);
    expect(sortNames(['Zypern', 'Österreich', 'Albanien'], 'de')).toEqual(['Albanien', 'Österreich', 'Zypern']);
  });
});
