// The build-time side of the app (vite build --ssr): scripts/site/build.mjs renders every year
// page with these, from the same components and the same map data files the browser uses.
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { dataset } from '../../data/dataset';
import { strings } from '../../i18n/strings';
import { meta } from 'virtual:map-files';
import { fromParts, type MapShapes } from '../../core/geo/geometryData';
import { Root } from '../Root';
import { yearView } from '../../core/view/yearView';
import { PageHead } from './PageHead';
import { PreviewImage } from './PreviewImage';

/** Every year that gets a page, oldest first; the last is also the home page. */
export const years: number[] = Array.from({ length: dataset.latestYear - dataset.firstYear + 1 }, (_, i) => dataset.firstYear + i);
export const latestYear = dataset.latestYear;

/** The page's path: `/1999/`, or `/` for the latest year. */
export const pagePath = (year: number, home: boolean) => (home ? '/' : `/${year}/`);

/** The year page's body (the app, drawn for that year) and head tags. `site` is the origin, if known. */
export function renderPage(data: MapShapes[], year: number, home: boolean, site = '') {
  const geometry = fromParts(meta, data);
  const html = renderToString(<Root geometry={geometry} at={{ pathname: pagePath(year, home), search: '' }} />);
  const count = yearView(dataset, year, strings).count;
  const { pages } = strings;
  const head = renderToStaticMarkup(
    <PageHead
      title={pages.title(year, home)}
      description={pages.description(year, count)}
      url={`${site}${pagePath(year, home)}`}
      image={`${site}/og/${year}.png`}
      imageAlt={pages.previewAlt(year, count)}
    />,
  );
  return { html, head };
}

/** The year's link preview as an SVG document, to be rasterised. */
export function renderPreview(data: MapShapes[], year: number): string {
  const view = yearView(dataset, year, strings);
  const { pages, ui } = strings;
  return renderToStaticMarkup(
    <PreviewImage
      geometry={fromParts(meta, data)}
      units={view.units}
      lead={pages.previewLead}
      year={year}
      count={pages.previewCount(view.count)}
      credit={ui.credits}
    />,
  );
}
