import type { Dataset } from '../domain/dataset';
import { parseLocation, toSearch, viewAddress, yearPagePath, type ViewState } from '../domain/params';
import { DEFAULT_LANGUAGE, languages, type Language } from '../../i18n/languages';

/**
 * The address of the view shown, to share: the page's own address when it already names that view
 * (a year page stays `/1999/`), otherwise the one the app is about to write (the address waits for a
 * dragged year to settle, and a link copied meanwhile must not name the year before).
 */
export function viewUrl(href: string, state: ViewState, data: Dataset): string {
  const url = new URL(href);
  const named = parseLocation(url.pathname, url.search, data).state;
  if (named.year === state.year && named.country === state.country && named.lens === state.lens) return href;
  return new URL(`${viewAddress(url.pathname, url.search, state, data)}${url.hash}`, url).href;
}

/** The address of the current view inside an iframe: absolute, with `embed=1`, without a fragment. */
export function embedUrl(href: string, state: ViewState, data: Dataset): string {
  const url = new URL(href);
  url.search = toSearch({ ...state, embed: true }, data, url.search);
  url.hash = '';
  return url.href;
}

/** The address of the full app at the same view: the embedded address without `embed`. */
export function fullMapUrl(href: string, state: ViewState, data: Dataset): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  params.delete('embed');
  url.search = toSearch({ ...state, embed: false }, data, params.toString());
  url.hash = '';
  return url.href;
}

/** What an `<iframe>` needs: its address, size and an accessible title. */
export interface FrameSpec {
  src: string;
  width: number;
  height: number;
  title: string;
}

/**
 * The `<iframe>` code a user pastes into their own page. It is text to copy, never rendered here;
 * attribute values are escaped so a hostile title or address cannot break out of them.
 */
export function iframeSnippet({ src, width, height, title }: FrameSpec): string {
  return `<iframe src="${escapeAttribute(src)}" width="${width}" height="${height}" title="${escapeAttribute(title)}" loading="lazy" style="border:0"></iframe>`;
}

/**
 * The `<iframe>` code for a frame as wide as the page it is pasted into, at the shape of `width` ×
 * `height`: a wrapper whose padding keeps the ratio (the trick works in every browser and CMS,
 * `aspect-ratio` not yet in all), and the iframe filling it.
 */
export function responsiveSnippet({ src, width, height, title }: FrameSpec): string {
  const ratio = Number(((height / width) * 100).toFixed(4));
  return (
    `<div style="position:relative;width:100%;height:0;padding-top:${ratio}%">` +
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" ` +
    `style="position:absolute;top:0;left:0;width:100%;height:100%;border:0"></iframe></div>`
  );
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * Whether to open the system share sheet rather than copy: only where the Web Share API exists and the
 * main pointer is coarse (phones, tablets). On desktops, where a share sheet is rare and awkward, copying wins.
 */
export function prefersNativeShare(hasShare: boolean, coarsePointer: boolean): boolean {
  return hasShare && coarsePointer;
}

/** A link to the same view in another language, for the language picker. */
export interface LanguageLink {
  lang: Language;
  /** The language's name in itself: "Français". */
  name: string;
  href: string;
  current: boolean;
}

/**
 * The same view in each language. The address is the year's page in that language (`/fr/1999/`,
 * or `/` for the latest year in English), which exists without JavaScript; the unit shown and the
 * embed mode follow in the query.
 */
export function languageLinks(state: ViewState, data: Dataset): LanguageLink[] {
  const current = state.lang ?? DEFAULT_LANGUAGE;
  return languages.map(({ code, name }) => {
    const path = code === DEFAULT_LANGUAGE && state.year === data.latestYear ? '/' : yearPagePath(state.year, code);
    const search = toSearch({ ...state, year: data.latestYear, lang: undefined }, data);
    return { lang: code, name, href: `${path}${search}`, current: code === current };
  });
}
