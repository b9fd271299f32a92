// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { embedUrl, fullMapUrl, iframeSnippet, prefersNativeShare, responsiveSnippet, viewUrl } from '../../../src/core/view/shareLinks';

const latest = dataset.latestYear;

describe('viewUrl', () => {
  it.each([
    [
      'an address naming the view stays as it is',
      'https://map.example/1999/?utm_source=x#top',
      { year: 1999 },
      'https://map.example/1999/?utm_source=x#top',
    ],
    ['the home page at the latest year', 'https://map.example/', { year: latest }, 'https://map.example/'],
    [
      'a year not yet written (the slider still settling)',
      'https://map.example/?year=1999',
      { year: 2004 },
      'https://map.example/?year=2004',
    ],
    [
      'a year page left for another year',
      'https://map.example/nato/1999/',
      { year: 2004, country: 'EST' },
      'https://map.example/nato/?year=2004&country=EST',
    ],
    ['a page opened as //', 'https://map.example//?year=1999', { year: 2004 }, 'https://map.example/?year=2004'],
    [
      'a selection',
      'https://map.example/?year=1999&lang=en',
      { year: 1999, country: 'POL' },
      'https://map.example/?lang=en&year=1999&country=POL',
    ],
  ])('%s', (_, href, state, expected) => {
    expect(viewUrl(href, state, dataset)).toBe(expected);
  });
});

describe('embedUrl', () => {
  it.each([
    ['https://map.example/?year=1999&country=POL', { year: 1999, country: 'POL' }, 'https://map.example/?year=1999&country=POL&embed=1'],
    ['https://map.example/', { year: latest }, 'https://map.example/?embed=1'],
    ['https://map.example/nato/?utm_source=x#top', { year: 2004 }, 'https://map.example/nato/?utm_source=x&year=2004&embed=1'],
    ['https://map.example/?embed=1&year=1952', { year: 1952, embed: true }, 'https://map.example/?embed=1&year=1952'],
  ])('%s → %s', (href, state, expected) => {
    expect(embedUrl(href, state, dataset)).toBe(expected);
  });
});

describe('fullMapUrl', () => {
  it.each([
    [
      'https://map.example/?year=1999&country=POL&embed=1',
      { year: 1999, country: 'POL', embed: true },
      'https://map.example/?year=1999&country=POL',
    ],
    ['https://map.example/?embed=1', { year: latest, embed: true }, 'https://map.example/'],
    ['https://map.example/?embed=1&lang=en', { year: 2004, embed: true }, 'https://map.example/?lang=en&year=2004'],
  ])('%s → %s', (href, state, expected) => {
    expect(fullMapUrl(href, state, dataset)).toBe(expected);
  });
});

describe('iframeSnippet', () => {
  it('names the address, size and title', () => {
    expect(
      iframeSnippet({ src: 'https://map.example/?year=1999&embed=1', width: 800, height: 600, title: 'Map of NATO members in 1999' }),
    ).toBe(
      '<iframe src="https://map.example/?year=1999&amp;embed=1" width="800" height="600" title="Map of NATO members in 1999" loading="lazy" style="border:0"></iframe>',
    );
  });

  it('cannot be broken out of by a hostile address or title', () => {
    const snippet = iframeSnippet({ src: 'https://x.example/?a="><script>', width: 1, height: 1, title: '"><img src=x onerror=alert(1)>' });
    expect(snippet).not.toMatch(/<script|<img/);
    expect(snippet.match(/"/g)).toHaveLength(12);
  });
});

describe('responsiveSnippet', () => {
  it('keeps the frame’s shape at the full width of the page, the iframe filling its wrapper', () => {
    const frame = { src: 'https://map.example/?year=1999&embed=1', width: 800, height: 600, title: 'Map of NATO members in 1999' };
    const doc = new DOMParser().parseFromString(responsiveSnippet(frame), 'text/html');
    const wrapper = doc.body.firstElementChild as HTMLElement;
    const iframe = wrapper.querySelector('iframe')!;
    expect(wrapper.style.width).toBe('100%');
    expect(wrapper.style.paddingTop).toBe('75%');
    expect(iframe.getAttribute('src')).toBe(frame.src);
    expect(iframe.title).toBe(frame.title);
    expect([iframe.style.position, iframe.style.width, iframe.style.height]).toEqual(['absolute', '100%', '100%']);
    expect(responsiveSnippet({ ...frame, width: 1200, height: 350 })).toContain('padding-top:29.1667%');
  });

  it('cannot be broken out of by a hostile address or title', () => {
    const snippet = responsiveSnippet({
      src: 'https://x.example/?a="><script>',
      width: 4,
      height: 3,
      title: '"><img src=x onerror=alert(1)>',
    });
    expect(snippet).not.toMatch(/<script|<img/);
  });
});

describe('prefersNativeShare', () => {
  it.each([
    [true, true, true],
    [true, false, false],
    [false, true, false],
    [false, false, false],
  ])('share API %s, coarse pointer %s → %s', (hasShare, coarse, expected) => {
    expect(prefersNativeShare(hasShare, coarse)).toBe(expected);
  });
});
