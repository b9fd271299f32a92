import type { Plugin } from 'vite';
import { allStrings } from '../src/i18n/all';
import { isLanguage } from '../src/i18n/languages';

const VIRTUAL = 'virtual:event-texts/';
const EVENTS = /\/src\/i18n\/([a-z]{2})\/events\.ts$/;
const NOTES = /\/src\/i18n\/([a-z]{2})\/unitNotes\.ts$/;

/**
 * The long texts of the events and the units' notes leave the language's chunk: in the browser
 * build, `src/i18n/xx/events.ts` keeps each event's title (the timeline's markers are named by it)
 * with an empty text, `src/i18n/xx/unitNotes.ts` is empty (the notes are shown in a unit's details
 * only, never pre-rendered), and `virtual:event-texts/xx` (its own chunk, `texts-xx-[hash].js`)
 * holds both, which the app fetches once it has started (src/i18n/load.ts). A year page carries its
 * own year's event texts in its list of events (src/app/main.tsx reads them), so hydration has them. The source files stay
 * whole: the pre-rendering (SSR), the dev server and the tests read them as written.
 */
export function eventTextsPlugin(): Plugin {
  let clientBuild = false;
  return {
    name: 'event-texts',
    configResolved(config) {
      clientBuild = config.command === 'build' && !config.build.ssr;
    },
    resolveId: (id) => (id.startsWith(VIRTUAL) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL}`)) return undefined;
      const lang = id.slice(`\0${VIRTUAL}`.length);
      if (!isLanguage(lang)) throw new Error(`${id}: no such language`);
      const events = Object.fromEntries(Object.entries(allStrings[lang].eventTexts).map(([key, { text }]) => [key, text]));
      const texts = { events, notes: allStrings[lang].unitNotes };
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(texts))});`;
    },
    transform(_code, id, options) {
      const notes = NOTES.exec(id)?.[1];
      if (clientBuild && !options?.ssr && notes && isLanguage(notes))
        return { code: 'export const unitNotes = {};', map: null, moduleSideEffects: false };
      const lang = EVENTS.exec(id)?.[1];
      if (!clientBuild || options?.ssr || !lang || !isLanguage(lang)) return undefined;
      const titles = Object.fromEntries(Object.entries(allStrings[lang].eventTexts).map(([key, { title }]) => [key, { title, text: '' }]));
      // Pure, as the source was: a chunk that imports the language's strings but uses none keeps none.
      return {
        code: `export const eventTexts = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(titles))});`,
        map: null,
        moduleSideEffects: false,
      };
    },
  };
}
