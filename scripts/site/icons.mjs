// The web app manifest's icons, rasterised from src/app/favicon.svg: any-purpose and maskable
// (the maskable one keeps the emblem inside the central safe zone on a full-bleed background).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

export function writeIcons(dist) {
  const svg = readFileSync(new URL('../../src/app/favicon.svg', import.meta.url), 'utf8');
  // The emblem's own disc colour (the palette's member blue, held to it by tests/shared/palette.test.ts).
  const BACKGROUND = /<circle[^>]*fill="(#[0-9a-f]{6})"/.exec(svg)[1];
  const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-8 -8 48 48"><rect x="-8" y="-8" width="48" height="48" fill="${BACKGROUND}"/>${inner}</svg>`;
  mkdirSync(new URL('icons/', dist), { recursive: true });
  for (const size of [192, 512]) {
    const fit = { mode: 'width', value: size };
    writeFileSync(new URL(`icons/icon-${size}.png`, dist), new Resvg(svg, { fitTo: fit }).render().asPng());
    writeFileSync(new URL(`icons/maskable-${size}.png`, dist), new Resvg(maskable, { fitTo: fit }).render().asPng());
  }
}
