import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The inline script of index.html, run as the browser runs it, against a stand-in for the page.
const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const source = /<script data-years>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

function open(address: string, years: string | null) {
  const url = new URL(`https://example.org${address}`);
  const replaced: string[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const root = { style: { visibility: '' } };
  const document = { currentScript: { getAttribute: (name: string) => (name === 'data-years' ? years : null) }, documentElement: root };
  const location = {
    origin: url.origin,
    pathname: url.pathname,
    search: url.search,
    hash: url.hash,
    replace: (to: string) => replaced.push(to),
  };
  const setTimeout = (run: () => void, ms: number) => timers.push({ run, ms });
  new Function('document', 'location', 'setTimeout', source)(document, location, setTimeout);
  return { replaced, hidden: root.style.visibility === 'hidden', timers, shown: () => root.style.visibility === '' };
}

describe('the home page, opened with ?year=', () => {
  it.each([
    ['/?year=1999&country=POL#x', '/1999/?year=1999&country=POL#x'],
    ['/index.html?year=1949', '/1949/?year=1949'],
    ['/nato/?year=2004&embed=1', '/nato/2004/?year=2004&embed=1'],
    // Without the origin, `//1999/` would name another host.
    ['//?year=1999', '//1999/?year=1999'],
  ])('%s goes on to that year’s page, %s, hidden until it does', (address, target) => {
    const { replaced, hidden } = open(address, '1949 2024');
    expect(replaced).toEqual([`https://example.org${target}`]);
    expect(hidden).toBe(true);
  });

  it('shows the page again should it stay (the load was stopped)', () => {
    const { timers, shown } = open('/?year=1999', '1949 2024');
    expect(timers.map((t) => t.ms)).toEqual([4000]);
    expect(shown()).toBe(false);
    timers[0]!.run();
    expect(shown()).toBe(true);
  });

  it.each([
    '/',
    '/?country=POL',
    '/?year=2024',
    '/?year=1948',
    '/?year=2025',
    '/?year=abc',
    '/?year=19999',
    '/?year=%201999',
    '/1999/?year=2004',
    '/1999/index.html?year=2004',
    '/elsewhere?year=1999',
  ])('%s stays where it is', (address) => {
    expect(open(address, '1949 2024')).toMatchObject({ replaced: [], hidden: false, timers: [] });
  });

  it('stays put on pages the build did not give the years (year pages, the dev server)', () => {
    expect(open('/?year=1999', '')).toMatchObject({ replaced: [], hidden: false });
    expect(open('/?year=1999', null)).toMatchObject({ replaced: [], hidden: false });
  });
});

describe('the home page, opened with ?lang=', () => {
  it.each([
    ['/?lang=fr', '/fr/2024/?lang=fr'],
    ['/?year=1999&lang=uk&country=POL', '/uk/1999/?year=1999&lang=uk&country=POL'],
    ['/nato/?lang=de&year=2024', '/nato/de/2024/?lang=de&year=2024'],
    ['/?lang=pl&year=abc', '/pl/2024/?lang=pl&year=abc'],
  ])('%s goes on to that language’s year page, %s', (address, target) => {
    const { replaced, hidden } = open(address, '1949 2024');
    expect(replaced).toEqual([`https://example.org${target}`]);
    expect(hidden).toBe(true);
  });

  it.each(['/?lang=en', '/?lang=es', '/fr/1999/?lang=fr', '/?lang=fr&year=1999'.replace('/?', '/1999/?')])(
    '%s stays where it is',
    (address) => {
      expect(open(address, '1949 2024')).toMatchObject({ replaced: [], hidden: false });
    },
  );

  it('knows every language but English, as src/i18n/languages.ts lists them', async () => {
    const { languages } = await import('../../src/i18n/languages');
    const others = languages.map((l) => l.code).filter((c) => c !== 'en');
    expect(others.every((code) => open(`/?lang=${code}`, '1949 2024').replaced.length === 1)).toBe(true);
    expect(
      source
        .match(/\(\?:([a-z|]+)\)\$\/\.test\(query/)?.[1]
        ?.split('|')
        .sort(),
    ).toEqual([...others].sort());
  });
});
