import { allPaths, files, meta } from 'virtual:map-files';
import { inTasks } from './boot/inTasks';
import { loadUnitDetails } from '../features/panels/UnitDetailsLoader';
import { canHydrate } from './boot/prerendered';
import { registerServiceWorker } from './boot/registerServiceWorker';
import { start } from './boot/start';
import { whenIdle } from './boot/whenIdle';
import { dataset } from '../data/dataset';
import { parseLocation } from '../core/domain/params';
import { seedFormatted } from '../i18n/format';
import { loadEventTexts, loadLanguage } from '../i18n/load';
import { withEventTexts } from '../i18n/eventTexts';
import { fillSources, type SourceList } from '../data/sources';
import { loadSources } from '../data/loadSources';
import type { Strings } from '../i18n/strings';
import type { MapGeometry } from '../core/geo/geometry';
import { fromParts, loadMapShapes } from '../core/geo/geometryData';
import { pageShapes } from './boot/pageShapes';
import { Root } from './Root';
import { WithLaterStrings } from './boot/WithLaterStrings';
import { startupSteps, warmingSteps, yearViews } from '../core/view/yearViews';
import { layoutLabels } from '../core/view/labels/mapLabels';
import { DEFAULT_SIZE_CLASS, labelSizes, sizeClassOf } from '../features/map/labelSizes';
import { labelWarmingSteps } from '../features/map/labelWarming';
import './styles.css';
import './withoutScript.css';

registerServiceWorker();
const container = document.getElementById('root')!;
const hydrate = canHydrate(container.dataset.year, window.location.pathname, window.location.search, dataset, container.dataset.lang);
const address = parseLocation(window.location.pathname, window.location.search, dataset).state;
// A pre-rendered page holds its year's paths (read before the app draws, whether or not it hydrates)
// and preloads the file of all the others; a page that holds none (the dev server's) fetches them all.
const pageYear = Number(container.dataset.year);
const pageFile = files.find((f) => f.from <= pageYear && pageYear <= f.to);
const inPage = pageFile ? [pageShapes(container, dataset, pageYear)] : [];
const needed = pageFile?.url ?? allPaths;
// Only the language shown is loaded (its page preloads it), with the texts the build formatted
// for it: the page loads and scrubs without starting Intl. Not a top-level await: the chunks that
// share modules with this one could then not import them from it.
const lang = address.lang ?? 'en';
void loadLanguage(lang).then(async ([strings, builtForLanguage]) => {
  seedFormatted(builtForLanguage);
  document.documentElement.lang = strings.ui.lang;
  // The events' long texts and the units' notes come in a chunk of their own (build/eventTexts.ts).
  // A pre-rendered page shows its year's event texts (in the events' list), enough to hydrate; the
  // rest is fetched once the app runs, or at once if the address names a unit (its details, with
  // their notes, open just after hydration). Without a page to hydrate, the app waits for them.
  // The data's sources likewise (build/dataSources.ts): the page carries those it shows (`data-sources`).
  if (hydrate) {
    fillSources(pageSources());
    const whole = () => Promise.all([loadEventTexts(lang), loadSources()]).then(([texts]) => withEventTexts(strings, texts));
    const early = address.country === undefined ? undefined : whole();
    early?.catch(() => undefined); // A failure is handled where it is awaited.
    return startApp(withEventTexts(strings, { events: pageEventTexts() }), () => early ?? whole());
  }
  const [texts] = await Promise.all([loadEventTexts(lang), loadSources()]);
  const whole = withEventTexts(strings, texts);
  return startApp(whole, () => Promise.resolve(whole));
});

/** The event texts the pre-rendered page shows in its list of the year's events, by event id. */
function pageEventTexts(): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const item of container.querySelectorAll<HTMLElement>('[data-event-item]')) {
    const text = item.querySelector('.event__text')?.textContent;
    if (item.dataset.eventItem && text) texts[item.dataset.eventItem] = text;
  }
  return texts;
}

/** The data's sources the pre-rendered page shows, by number (src/data/sources.ts). */
function pageSources(): SourceList {
  try {
    return JSON.parse(container.dataset.sources ?? '{}') as SourceList;
  } catch {
    return {};
  }
}

/**
 * The shown year's labels placed (and remembered) before React starts, each in a task of its own:
 * for the size class the page was pre-rendered with, which hydration renders, and for the map as
 * large as it is drawn, which the map turns to at once (useSizeClass) — on a phone, another class.
 */
function labelStartupSteps(s: Strings, geometry: MapGeometry): (() => void)[] {
  const names = () => yearViews.view(dataset, address.year, s).labels;
  const sizes = labelSizes(geometry.width);
  const drawn = () => {
    // As useSizeClass measures it: the frame's width, or its height at the map's aspect if smaller.
    const frame = container.querySelector<HTMLElement>('.map-frame');
    const [w, h] = [frame?.clientWidth ?? 0, frame?.clientHeight ?? 0];
    const width = h > 0 ? Math.min(w, (h * geometry.width) / geometry.height) : w;
    return width > 0 ? sizeClassOf(width) : DEFAULT_SIZE_CLASS;
  };
  return [
    () => void layoutLabels(geometry, names(), sizes[DEFAULT_SIZE_CLASS]!),
    () => void layoutLabels(geometry, names(), sizes[drawn()]!),
  ];
}

/** The steps that place every year's labels for the map as wide as it is drawn now. */
function labelSteps(s: Strings, geometry: MapGeometry): (() => void)[] {
  const mapWidth = container.querySelector('.map-frame')?.clientWidth ?? 0;
  return labelWarmingSteps(dataset, s, geometry, mapWidth);
}

function startApp(strings: Strings, loadWhole: () => Promise<Strings>) {
  // Settled once the app runs: the strings with every event's text, which replace `strings` then.
  let fetchWhole!: () => void;
  const whole = new Promise<Strings>((resolve, reject) => (fetchWhole = () => void loadWhole().then(resolve, reject)));
  return start({
    container,
    first: hydrate ? fromParts(meta, inPage) : undefined,
    load: async () => fromParts(meta, [...inPage, await loadMapShapes(needed)]),
    page: (geometry) => (
      <WithLaterStrings first={strings} later={whole}>
        {(shown) => <Root geometry={geometry} strings={shown} openLater={hydrate && address.country !== undefined} />}
      </WithLaterStrings>
    ),
    hydrate,
    // The shown year's views, one per task (not in idle time: the page waits for them), so that
    // hydration itself is short slices of React's work.
    // Then the year's labels, placed for the size the page was drawn at and for the map's own size.
    // With a unit named in the address, the details' chunk too (preloaded by the page's head).
    prepare: async (geometry) => {
      const details = address.country === undefined ? undefined : loadUnitDetails().catch(() => undefined);
      await inTasks([...startupSteps(dataset, strings, address.year), ...labelStartupSteps(strings, geometry)]);
      await details;
    },
    text: strings.pages.loading,
    // Once the app runs, warm every year's views, then its labels placed for the map's size, in idle
    // time; the bench waits for the mark (start-up work is over, what follows is the user's).
    // Warming waits for the events' texts, so that it makes each year's views with them.
    // The map's width is read in idle time too: read at once, it would make the browser lay out the
    // page in the middle of start-up's task rather than in its next frame.
    afterReady: (geometry) => {
      fetchWhole();
      void whole
        .catch((error: unknown) => {
          console.error(error);
          return strings;
        })
        .then((s) => whenIdle(warmingSteps(dataset, s)).then(() => whenIdle(labelSteps(s, geometry))))
        .then(() => performance.mark('app:warm'));
    },
  });
}
