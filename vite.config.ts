import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { mapData } from './build/mapData';
import { validateData } from './build/validateData';
import { devCsp } from './build/devCsp';
import { formatTablePlugin } from './build/formatTable';
import { eventTextsPlugin } from './build/eventTexts';
import { dataSourcesPlugin } from './build/dataSources';

/** A language's chunk is named after it (`assets/lang-fr-[hash].js`), for its pages to preload. */
const chunkName = (facade: string | null) => {
  const lang = facade && /\/src\/i18n\/([a-z]{2})\/chunk\.ts$/.exec(facade)?.[1];
  // Its events' long texts, fetched once the app runs (build/eventTexts.ts): `assets/texts-fr-[hash].js`.
  const texts = facade && /virtual:event-texts\/([a-z]{2})$/.exec(facade)?.[1];
  // The data's sources, fetched once the app runs (build/dataSources.ts): `assets/sources-[hash].js`.
  if (facade === '\0virtual:data-sources') return 'assets/sources-[hash].js';
  return lang ? `assets/lang-${lang}-[hash].js` : texts ? `assets/texts-${texts}-[hash].js` : 'assets/[name]-[hash].js';
};

export default defineConfig({
  plugins: [react(), validateData(), mapData(), formatTablePlugin(), eventTextsPlugin(), dataSourcesPlugin(), devCsp()],
  build: {
    target: 'es2022',
    // One chunk per language, its strings with the texts formatted for it, which
    // scripts/site/build.mjs preloads in that language's pages.
    rollupOptions: { output: { chunkFileNames: (chunk) => chunkName(chunk.facadeModuleId) } },
  },
});
