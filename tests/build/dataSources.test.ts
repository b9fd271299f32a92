import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { dataSourcesPlugin } from '../../build/dataSources';
import { SOURCED, sourceSlots } from '../../src/data/sourced';
import { sourcedRoots, sourcesShownIn } from '../../src/data/sources';

const file = (name: string) => new URL(`../../src/data/${name}.json`, import.meta.url);
const read = (name: string) => JSON.parse(readFileSync(file(name), 'utf8')) as Record<string, unknown>;
type Hook = (this: unknown, ...args: unknown[]) => unknown;
const call = (p: Plugin, hook: 'configResolved' | 'load' | 'transform', ...args: unknown[]) => (p[hook] as Hook).call({}, ...args);

/** The plugin as in the browser build. */
function clientPlugin(): Plugin {
  const p = dataSourcesPlugin();
  call(p, 'configResolved', { command: 'build', build: { ssr: false } });
  return p;
}

const publisherOf = (holder: Record<string, unknown>, key: string) => (holder[key] as { publisher?: string }).publisher;
const urlOf = (holder: Record<string, unknown>, key: string) => (holder[key] as { url?: string }).url;

describe("the data's sources out of the first load", () => {
  it('are walked in the same order in the app as in the build (SOURCED)', () => {
    const fromFiles = sourceSlots(SOURCED.map(([name, key]) => read(name)[key]));
    const inApp = sourceSlots(sourcedRoots);
    expect(inApp.length).toBeGreaterThan(100);
    expect(inApp.map(([h, k]) => urlOf(h, k))).toEqual(fromFiles.map(([h, k]) => urlOf(h, k)));
    expect(inApp.map(([h, k]) => publisherOf(h, k))).toEqual(fromFiles.map(([h, k]) => publisherOf(h, k)));
  });

  it('leave the browser build of every sourced file with no URL, and its chunk holds them all', () => {
    const p = clientPlugin();
    const list = JSON.parse(JSON.parse(/JSON\.parse\((.*)\);$/.exec(String(call(p, 'load', '\0virtual:data-sources')))![1]!) as string) as [
      string,
      string,
    ][];
    expect(list).toEqual(sourceSlots(sourcedRoots).map(([h, k]) => [urlOf(h, k), publisherOf(h, k)]));
    for (const name of new Set(SOURCED.map(([f]) => f))) {
      const out = call(p, 'transform', readFileSync(file(name), 'utf8'), `/x/src/data/${name}.json`) as { code: string };
      expect(out.code).not.toMatch(/https:/);
      expect(Object.keys(JSON.parse(out.code) as object)).toEqual(Object.keys(read(name)));
    }
  });

  it('stay whole in the pre-rendering (SSR) build', () => {
    const p = dataSourcesPlugin();
    call(p, 'configResolved', { command: 'build', build: { ssr: true } });
    expect(call(p, 'transform', readFileSync(file('events'), 'utf8'), '/x/src/data/events.json')).toBeUndefined();
  });

  it("that a page shows are those whose link is in the page's HTML", () => {
    const url = 'https://www.defense.gov/news/newsarticle.aspx?id=42006';
    const html = `<a href="${url}">Source: US Department of Defense, American Forces Press Service, 16 March 1999</a>`;
    const shown = Object.values(sourcesShownIn(html));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every(([u]) => u === url)).toBe(true);
    // The same link with another publisher's name is not that source.
    expect(sourcesShownIn(`<a href="${url}">Source: NATO</a>`)).toEqual({});
    expect(sourcesShownIn('<p>No sources</p>')).toEqual({});
  });
});
