import type { Plugin } from 'vite';
import { dataset } from '../src/data/dataset';
import { strings } from '../src/i18n/strings';
import { buildFormatTable } from '../src/core/view/formatTable';

const VIRTUAL = 'virtual:format-table';

/**
 * `import table from 'virtual:format-table'`: every text the app formats with Intl, formatted
 * here at build time by Node's Intl (the same that pre-renders the pages, so hydration matches).
 */
export function formatTablePlugin(): Plugin {
  return {
    name: 'format-table',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
    // As a JSON string: V8 parses JSON.parse('…') faster than the same object written as code.
    load: (id) =>
      id === `\0${VIRTUAL}`
        ? `export default JSON.parse(${JSON.stringify(JSON.stringify(buildFormatTable(dataset, strings)))});`
        : undefined,
  };
}
