import { StrictMode } from 'react';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { dataset } from '../data/dataset';
import type { Where } from '../features/url/useUrlState';
import type { Strings } from '../i18n/strings';
import type { MapGeometry } from '../core/geo/geometry';

/** The whole page as rendered both at build time (pre-rendering) and in the browser (hydrating): the trees must match. */
export function Root({ geometry, strings, at, openLater }: { geometry: MapGeometry; strings: Strings; at?: Where; openLater?: boolean }) {
  return (
    <StrictMode>
      <ErrorBoundary text={strings.ui.error}>
        <App data={dataset} geometry={geometry} strings={strings} at={at} openLater={openLater} />
      </ErrorBoundary>
    </StrictMode>
  );
}
