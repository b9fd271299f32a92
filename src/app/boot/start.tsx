import { startTransition, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { LoadError } from './LoadError';
import type { MapGeometry } from '../../core/geo/geometry';

/** What starting the app needs: kept as parameters so that a test can drive it. */
export interface StartOptions {
  container: HTMLElement;
  /** Fetches the map data. */
  load: () => Promise<MapGeometry>;
  /** The page, given the map. */
  page: (geometry: MapGeometry) => ReactNode;
  /** Whether the container's pre-rendered HTML matches what `page` renders. */
  hydrate: boolean;
  text: { failed: string; retry: string };
  /** Work the first render needs, done once the map data is here and before React starts (in tasks of its own). */
  prepare?: () => Promise<void>;
  /** Runs once the app has committed (hydrated or drawn), with the map: where idle-time work begins. */
  afterReady?: (geometry: MapGeometry) => void;
}

/**
 * Loads the map data, then hydrates the pre-rendered page (or draws it afresh). If the data does
 * not arrive, the pre-rendered map stays and a message above it offers Retry.
 */
export async function start(options: StartOptions): Promise<void> {
  const { container, load, page, hydrate, text, prepare, afterReady } = options;
  let geometry: MapGeometry;
  try {
    geometry = await load();
  } catch (error) {
    console.error(error);
    const box = document.createElement('div');
    container.before(box);
    const root = createRoot(box);
    const retry = () => {
      root.unmount();
      box.remove();
      void start(options);
    };
    root.render(<LoadError text={text} onRetry={retry} />);
    return;
  }
  try {
    await prepare?.();
  } catch (error) {
    // Work ahead of need is an optimisation: if it fails, the app still starts and does it itself.
    console.error(error);
  }
  const ready = afterReady && (() => afterReady(geometry));
  const tree = (
    <Ready container={container} afterReady={ready}>
      {page(geometry)}
    </Ready>
  );
  // As a transition, React hydrates in slices of a few milliseconds instead of one long task,
  // so the page keeps answering input (and Lighthouse's Total Blocking Time stays low).
  if (hydrate) startTransition(() => void hydrateRoot(container, tree));
  else createRoot(container).render(tree);
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
