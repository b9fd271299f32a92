import { startTransition, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { LoadError } from './LoadError';
import type { MapGeometry } from '../../core/geo/geometry';

/** What starting the app needs: kept as parameters so that a test can drive it. */
export interface StartOptions {
  container: HTMLElement;
  /** Fetches the map data: all of it, or what `first` lacks. */
  load: () => Promise<MapGeometry>;
  /** The map as the pre-rendered page holds it, when hydrating: the app starts with it, before any file arrives. */
  first?: MapGeometry;
  /** The page, given the map. */
  page: (geometry: MapGeometry) => ReactNode;
  /** Whether the container's pre-rendered HTML matches what `page` renders. */
  hydrate: boolean;
  text: { failed: string; retry: string };
  /** Work the first render needs, done before React starts (in tasks of its own), given the map it draws. */
  prepare?: (geometry: MapGeometry) => Promise<void>;
  /** Runs once the app has committed (hydrated or drawn), with the map: where idle-time work begins. */
  afterReady?: (geometry: MapGeometry) => void;
}

/**
 * Hydrates the pre-rendered page with the paths it holds and loads the rest of the map meanwhile;
 * without a page to hydrate, loads the map data first, then draws. If the data does not arrive, a
 * message above the map offers Retry, and the page keeps what it shows.
 */
export async function start(options: StartOptions): Promise<void> {
  const { container, load, first, page, hydrate, text, prepare, afterReady } = options;
  // `ready` is made once, for the first map drawn, so that a later render keeps it (and Ready's effect does not run again).
  const tree = (geometry: MapGeometry, ready: (() => void) | undefined) => (
    <Ready container={container} afterReady={ready}>
      {page(geometry)}
    </Ready>
  );
  const fetchMap = async (): Promise<MapGeometry | undefined> => {
    try {
      return await load();
    } catch (error) {
      console.error(error);
      return undefined;
    }
  };
  // Until the map arrives, the page stays as it is; once it does, `then` takes it.
  const whenLoaded = async (then: (geometry: MapGeometry) => void | Promise<void>) => {
    const geometry = await fetchMap();
    if (geometry) await then(geometry);
    else showLoadError(container, text, () => void whenLoaded(then));
  };

  const readyWith = (geometry: MapGeometry) => afterReady && (() => afterReady(geometry));

  if (hydrate && first) {
    await prepared(first, prepare);
    const ready = readyWith(first);
    let root: Root | undefined;
    // As a transition, React hydrates in slices of a few milliseconds instead of one long task,
    // so the page keeps answering input (and Lighthouse's Total Blocking Time stays low).
    startTransition(() => void (root = hydrateRoot(container, tree(first, ready))));
    void whenLoaded((geometry) => startTransition(() => root!.render(tree(geometry, ready))));
    return;
  }
  await whenLoaded(async (geometry) => {
    await prepared(geometry, prepare);
    const ready = readyWith(geometry);
    if (hydrate) startTransition(() => void hydrateRoot(container, tree(geometry, ready)));
    else createRoot(container).render(tree(geometry, ready));
  });
}

/** Work ahead of need is an optimisation: if it fails, the app still starts and does it itself. */
async function prepared(geometry: MapGeometry, prepare?: (geometry: MapGeometry) => Promise<void>) {
  try {
    await prepare?.(geometry);
  } catch (error) {
    console.error(error);
  }
}

/** A message above the page that the map data did not load, with Retry. */
function showLoadError(container: HTMLElement, text: StartOptions['text'], retry: () => void) {
  const box = document.createElement('div');
  container.before(box);
  const root = createRoot(box);
  root.render(
    <LoadError
      text={text}
      onRetry={() => {
        root.unmount();
        box.remove();
        retry();
      }}
    />,
  );
}

/**
 * Marks the app as running once React has committed: `data-ready` on the container (browser
 * tests and the bench wait for it) and an `app:ready` performance mark. Renders nothing itself.
 */
function Ready({ container, afterReady, children }: { container: HTMLElement; afterReady?: () => void; children: ReactNode }) {
  useEffect(() => {
    container.setAttribute('data-ready', 'true');
    performance.mark('app:ready');
    afterReady?.();
  }, [container, afterReady]);
  return children;
}
