import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { SOURCED, sourceSlots } from '../src/data/sourced';

const VIRTUAL = 'virtual:data-sources';
const DATA = /\/src\/data\/([a-z]+)\.json$/;

/** The roots of SOURCED that `file` holds, from its parsed JSON. */
const rootsOf = (file: string, json: Record<string, unknown>) => SOURCED.filter(([f]) => f === file).map(([, key]) => json[key]);

/**
 * The data's sources (each fact's URL and publisher) leave the first load: in the browser build,
 * each source in the records of SOURCED (src/data/sourced.ts) has an empty URL and publisher, and
 * `virtual:data-sources` (its own chunk, `sources-[hash].js`) holds them all, numbered in SOURCED's
 * order, which the app fetches once it has started and fills in (src/data/sources.ts). A year page
 * carries the sources it shows (`data-sources` on #root), so hydration has them. The JSON files stay
 * whole: the pre-rendering (SSR), the dev server and the tests read them as written.
 */
export function dataSourcesPlugin(): Plugin {
  let clientBuild = false;
  return {
    name: 'data-sources',
    enforce: 'pre',
    configResolved(config) {
      clientBuild = config.command === 'build' && !config.build.ssr;
    },
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
    load(id) {
      if (id !== `\0${VIRTUAL}`) return undefined;
      const files = [...new Set(SOURCED.map(([file]) => file))];
      const json = Object.fromEntries(
        files.map((f) => [
          f,
          JSON.parse(readFileSync(new URL(`../src/data/${f}.json`, import.meta.url), 'utf8')) as Record<string, unknown>,
        ]),
      );
      const roots = SOURCED.map(([file, key]) => json[file]?.[key]);
      const list = sourceSlots(roots).map(([holder, key]) => {
        const { url, publisher } = holder[key] as { url: string; publisher: string };
        return [url, publisher];
      });
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(list))});`;
    },
    transform(code, id, options) {
      const file = DATA.exec(id.split('?')[0] ?? '')?.[1];
      if (!clientBuild || options?.ssr || !file || !SOURCED.some(([f]) => f === file)) return undefined;
      const json = JSON.parse(code) as Record<string, unknown>;
      // Empty, not absent: a view made before the chunk comes shows an empty link, never breaks.
      for (const [holder, key] of sourceSlots(rootsOf(file, json))) holder[key] = { url: '', publisher: '' };
      return { code: JSON.stringify(json), map: null };
    },
  };
}
