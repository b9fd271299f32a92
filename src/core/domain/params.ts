import type { Dataset } from './dataset';
import type { Lens, UnitCode } from './types';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../i18n/languages';

/** What the URL holds: the year shown, the unit whose details are open, and whether the map is embedded. */
export interface ViewState {
  year: number;
  country?: UnitCode;
  /** `?embed=1`: only the map, slider and legend, for an iframe. */
  embed?: boolean;
  /** `?lang=fr` (or a year page's `/fr/1999/`): the interface language; absent, English. */
  lang?: Language;
  /** `?lens=eu|both`: what the colours show; absent: NATO membership. */
  lens?: Lens;
}

/** The values `?lens=` takes; `nato` is the default and is not written. */
export const LENSES: readonly Lens[] = ['nato', 'eu', 'both'];

/** A URL value that was ignored, to tell the user about. */
export interface ParamProblem {
  param: 'year' | 'country' | 'lang' | 'lens';
  /** The rejected value, shortened so a hostile URL cannot flood the page. */
  value: string;
}

const MAX_ECHO = 24;
const YEAR = /^\d{4}$/;
const CODE = /^[A-Za-z]{3}$/;

/** The default view: the latest year, nothing selected. */
export function defaultState(data: Dataset): ViewState {
  return { year: data.latestYear };
}

/** Reads and validates `?year=`, `?country=`, `?lang=`, `?lens=` and `?embed=`; invalid values fall back to the default. */
export function parseParams(
  search: string,
  data: Dataset,
  fallback: ViewState = defaultState(data),
): { state: ViewState; problems: ParamProblem[] } {
  const params = new URLSearchParams(search);
  const state = { ...fallback };
  const problems: ParamProblem[] = [];

  const year = params.get('year');
  if (year !== null) {
    const value = Number(year);
    if (YEAR.test(year) && value >= data.firstYear && value <= data.latestYear) state.year = value;
    else problems.push({ param: 'year', value: shorten(year) });
  }

  const country = params.get('country');
  if (country !== null) {
    const code = country.toUpperCase();
    if (CODE.test(country) && data.unitByCode.has(code)) state.country = code;
    else problems.push({ param: 'country', value: shorten(country) });
  }

  const lang = params.get('lang');
  if (lang !== null) {
    if (!isLanguage(lang)) problems.push({ param: 'lang', value: shorten(lang) });
    else if (lang === DEFAULT_LANGUAGE) delete state.lang;
    else state.lang = lang;
  }

  const lens = params.get('lens');
  if (lens !== null) {
    if ((LENSES as readonly string[]).includes(lens.toLowerCase())) {
      const value = lens.toLowerCase() as Lens;
      if (value === 'nato') delete state.lens;
      else state.lens = value;
    } else problems.push({ param: 'lens', value: shorten(lens) });
  }

  // Only `embed=1` turns embed mode on; any other value is ignored like an unknown parameter.
  if (params.get('embed') === '1') state.embed = true;
  return { state, problems };
}

/**
 * Writes the state as a query string holding only non-default values, keeping unknown parameters.
 * `embed=1` is written when the state is embedded; otherwise an `embed` value in `current` is kept as it is.
 */
export function toSearch(state: ViewState, data: Dataset, current = ''): string {
  const params = new URLSearchParams(current);
  params.delete('year');
  params.delete('country');
  params.delete('lang');
  params.delete('lens');
  if (state.year !== data.latestYear) params.set('year', String(state.year));
  if (state.country) params.set('country', state.country);
  if (state.lens && state.lens !== 'nato') params.set('lens', state.lens);
  if (state.embed) params.set('embed', '1');
  if (state.lang && state.lang !== DEFAULT_LANGUAGE) params.set('lang', state.lang);
  const search = params.toString();
  return search ? `?${search}` : '';
}

// index.html's inline script, which sends a link to another year on to its page, tests the same pattern.
// A language other than English has its year pages under its code: `/fr/1999/`.
const YEAR_PAGE = /(?:^|\/)(?:([a-z]{2})\/)?(\d{4})\/(?:index\.html)?$/;

function yearPage(pathname: string, data: Dataset): { year: number; lang?: Language } | undefined {
  const match = YEAR_PAGE.exec(pathname);
  const year = match ? Number(match[2]) : NaN;
  if (!(year >= data.firstYear && year <= data.latestYear)) return undefined;
  const lang = match?.[1];
  if (lang === undefined) return { year };
  return isLanguage(lang) && lang !== DEFAULT_LANGUAGE ? { year, lang } : undefined;
}

/** The year a pre-rendered year page's path names (`/1999/`, `/fr/1999/`), if it is one within the data. */
export function yearFromPath(pathname: string, data: Dataset): number | undefined {
  return yearPage(pathname, data)?.year;
}

/** A year page's path, `/1999/` in English, `/fr/1999/` in French. */
export function yearPagePath(year: number, lang: Language = DEFAULT_LANGUAGE): string {
  return lang === DEFAULT_LANGUAGE ? `/${year}/` : `/${lang}/${year}/`;
}

/** Reads the whole address: a year page's path sets the default year and language, which `?year=` and `?lang=` override. */
export function parseLocation(pathname: string, search: string, data: Dataset): { state: ViewState; problems: ParamProblem[] } {
  const page = yearPage(pathname, data);
  return parseParams(
    search,
    data,
    page === undefined ? defaultState(data) : page.lang ? { year: page.year, lang: page.lang } : { year: page.year },
  );
}

/** The app's own path for a changed view: a year page's path leads back to the app's root, where `?year=` says the year. */
export function appPath(pathname: string, data: Dataset): string {
  return yearFromPath(pathname, data) === undefined ? pathname : pathname.replace(YEAR_PAGE, '/');
}

/**
 * The address (path and query) the app writes for a view, from the page's present path and query.
 * A path opened as `//…` starts with one slash, which would otherwise name another host.
 */
export function viewAddress(pathname: string, search: string, state: ViewState, data: Dataset): string {
  return `${appPath(pathname, data).replace(/^\/{2,}/, '/')}${toSearch(state, data, search)}`;
}

/**
 * Whether a year page's address names a year in its query too (`/1999/?year=1999`, where the home
 * page sends a link to another year; `/1999/?year=2004`): its path then adds nothing, and the app
 * writes its own form of the address (`/?year=1999`).
 */
export function yearInPathAndQuery(pathname: string, search: string, data: Dataset): boolean {
  return yearFromPath(pathname, data) !== undefined && new URLSearchParams(search).has('year');
}

function shorten(value: string): string {
  const chars = [...value];
  return chars.length > MAX_ECHO ? `${chars.slice(0, MAX_ECHO).join('')}…` : value;
}
