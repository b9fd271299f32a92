import type { ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { LoadError } from '../components/LoadError';
import type { MapGeometry } from '../map/geometry';

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
}

/**
 * Loads the map data, then hydrates the pre-rendered page (or draws it afresh). If the data does
 * not arrive, the pre-rendered map stays and a message above it offers Retry.
 */
export async function start(options: StartOptions): Promise<void> {
  const { container, load, page, hydrate, text } = options;
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
  if (hydrate) hydrateRoot(container, page(geometry));
  else createRoot(container).render(page(geometry));
}
