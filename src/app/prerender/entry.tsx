// The build-time side of the app (vite build --ssr): scripts/site/build.mjs renders every year
// page with these, from the same components and the same map data files the browser uses.
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { dataset } from '../../data/dataset';
import { allStrings } from '../../i18n/all';
import { languages, type Language } from '../../i18n/languages';
import { yearPagePath } from '../../core/domain/params';
import { meta } from 'virtual:map-files';
import { fromParts, type MapShapes } from '../../core/geo/geometryData';
import { Root } from '../Root';
import { yearView } from '../../core/view/yearView';
import { PageHead } from './PageHead';
import { PreviewImage } from './PreviewImage';
import { sourcesShownIn } from '../../data/sources';

/** Every year that gets a page, oldest first; the last is also the home page. */
export const years: number[] = Array.from({ length: dataset.latestYear - dataset.firstYear + 1 }, (_, i) => dataset.firstYear + i);
export const latestYear = dataset.latestYear;

/** Every language's code: each gets its year pages. */
export const languageCodes: Language[] = languages.map((l) => l.code);

/** The page's path: `/1999/` (`/fr/1999/` in French), or `/` for the latest year in English. */
export const pagePath = (year: number, home: boolean, lang: Language = 'en') => (home && lang === 'en' ? '/' : yearPagePath(year, lang));

/** The path of a year's link preview in a language: `/og/1999.png`, `/og/fr/1999.png`. */
export const previewPath = (year: number, lang: Language = 'en') => (lang === 'en' ? `/og/${year}.png` : `/og/${lang}/${year}.png`);

/** The year page's body (the app, drawn for that year) and head tags. `site` is the origin, if known. */
export function renderPage(data: MapShapes[], year: number, home: boolean, site = '', lang: Language = 'en') {
  const strings = allStrings[lang];
  const geometry = fromParts(meta, data);
  const html = renderToString(<Root geometry={geometry} strings={strings} at={{ pathname: pagePath(year, home, lang), search: '' }} />);
  const count = yearView(dataset, year, strings).count;
  const { pages } = strings;
  const alternates = languageCodes.map((l) => ({ lang: l, url: `${site}${pagePath(year, home, l)}` }));
  const head = renderToStaticMarkup(
    <PageHead
      title={pages.title(year, home)}
      description={pages.description(year, count)}
      url={`${site}${pagePath(year, home, lang)}`}
      image={`${site}${previewPath(year, lang)}`}
      imageAlt={pages.previewAlt(year, count)}
      alternates={alternates}
      defaultUrl={`${site}${pagePath(year, home)}`}
    />,
  );
  return { html, head };
}

/**
 * The data's sources that a page's HTML shows, by number, as JSON: the page carries them
 * (`data-sources` on #root) for hydration, as the browser's records have none (build/dataSources.ts).
 */
export function pageSources(html: string): string {
  return JSON.stringify(sourcesShownIn(html));
}

/** The year's link preview as an SVG document, to be rasterised. */
export function renderPreview(data: MapShapes[], year: number, lang: Language = 'en'): string {
  const strings = allStrings[lang];
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
