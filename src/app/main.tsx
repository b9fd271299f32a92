import builtFormats from 'virtual:format-table';
import { files, meta } from 'virtual:map-files';
import { inTasks } from './boot/inTasks';
import { canHydrate } from './boot/prerendered';
import { registerServiceWorker } from './boot/registerServiceWorker';
import { start } from './boot/start';
import { whenIdle } from './boot/whenIdle';
import { dataset } from '../data/dataset';
import { parseLocation } from '../core/domain/params';
import { seedFormatted } from '../i18n/format';
import { strings } from '../i18n/strings';
import { fromParts, loadMapShapes } from '../core/geo/geometryData';
import { pageShapes } from './boot/pageShapes';
import { Root } from './Root';
import { startupSteps, warmingSteps } from '../core/view/yearViews';
import { labelWarmingSteps } from '../features/map/labelWarming';
import './styles.css';
import './withoutScript.css';

// Texts formatted at build time: the page loads and scrubs without starting Intl.
seedFormatted(builtFormats);
const container = document.getElementById('root')!;
const hydrate = canHydrate(container.dataset.year, window.location.pathname, window.location.search, dataset);
const address = parseLocation(window.location.pathname, window.location.search, dataset).state;
// Hydrating, the app starts with the paths the page holds and fetches only the files of the others.
const inPage = hydrate ? [pageShapes(container, dataset, address.year)] : [];
const needed = files.filter((f) => !hydrate || f.since === undefined || f.since > address.year);
void start({
  container,
  first: hydrate ? fromParts(meta, inPage) : undefined,
  load: async () => fromParts(meta, [...inPage, ...(await Promise.all(needed.map((f) => loadMapShapes(f.url))))]),
  page: (geometry) => <Root geometry={geometry} openLater={hydrate && address.country !== undefined} />,
  hydrate,
  // The shown year's views, one per task (not in idle time: the page waits for them), so that
  // hydration itself is short slices of React's work.
  prepare: () => inTasks(startupSteps(dataset, strings, address.year)),
  text: strings.pages.loading,
  // Once the app runs, warm every year's views, then its labels placed for the map's size, in idle
  // time; the bench waits for the mark (start-up work is over, what follows is the user's).
  afterReady: (geometry) => {
    const mapWidth = container.querySelector('.map-frame')?.clientWidth ?? 0;
    const steps = [...warmingSteps(dataset, strings), ...labelWarmingSteps(dataset, strings, geometry, mapWidth)];
    void whenIdle(steps).then(() => performance.mark('app:warm'));
  },
});
registerServiceWorker();
