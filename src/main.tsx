import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { dataset } from './data/dataset';
import { strings } from './i18n/strings';
import { mapGeometry } from './map/mapGeometry';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary text={strings.ui.error}>
      <App data={dataset} geometry={mapGeometry} />
    </ErrorBoundary>
  </StrictMode>,
);
