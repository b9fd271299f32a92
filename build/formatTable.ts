import type { Plugin } from 'vite';
import { dataset } from '../src/data/dataset';
import { allStrings } from '../src/i18n/all';
import { isLanguage } from '../src/i18n/languages';
import { buildFormatTable } from '../src/core/view/formatTable';

const VIRTUAL = 'virtual:format-table';

/**
 * `import table from 'virtual:format-table'`: every text the app formats with Intl, formatted
 * here at build time by Node's Intl (the same that pre-renders the pages, so hydration matches),
 * in English; `virtual:format-table/fr` and so on, each language's, loaded with its strings.
 */
export function formatTablePlugin(): Plugin {
  return {
    name: 'format-table',
    resolveId: (id) => (id === VIRTUAL || id.startsWith(`${VIRTUAL}/`) ? `\0${id}` : undefined),
    // As a JSON string: V8 parses JSON.parse('…') faster than the same object written as code.
    load: (id) => {
      if (!id.startsWith(`\0${VIRTUAL}`)) return undefined;
      const lang = id === `\0${VIRTUAL}` ? 'en' : id.slice(`\0${VIRTUAL}/`.length);
      if (!isLanguage(lang)) throw new Error(`${id}: no such language`);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(buildFormatTable(dataset, allStrings[lang])))});`;
    },
  };
}
