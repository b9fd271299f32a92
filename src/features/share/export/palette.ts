import { palette } from '../../../shared/palette';

/** The colours an exported image is drawn with, written inline so the file stands alone. */
export interface Palette {
  member: string;
  joined: string;
  joinedLine: string;
  nonMember: string;
  warsawPact: string;
  land: string;
  sea: string;
  border: string;
  occupiedLine: string;
  disputedDot: string;
  text: string;
  muted: string;
  background: string;
}

/** The app's light colours (src/shared/palette.ts), used when the page's custom properties cannot be read. */
export const defaultPalette: Palette = {
  member: palette.member,
  joined: palette.joined,
  joinedLine: palette.joinedLine,
  nonMember: palette.nonMember,
  warsawPact: palette.warsawPact,
  land: palette.land,
  sea: palette.sea,
  border: palette.border,
  occupiedLine: palette.occupiedLine,
  disputedDot: palette.disputedDot,
  text: palette.text,
  muted: palette.muted,
  background: palette.panel,
};

/** The CSS custom property behind each colour, so exports follow the stylesheet. */
const properties: Partial<Record<keyof Palette, string>> = {
  member: '--member',
  joined: '--joined',
  joinedLine: '--joined-line',
  nonMember: '--non-member',
  warsawPact: '--warsaw-pact',
  land: '--land',
  sea: '--sea',
  border: '--border',
  occupiedLine: '--occupied-line',
  disputedDot: '--disputed-dot',
  text: '--text',
  muted: '--muted',
};

/** The palette with each colour read through `read` (e.g. from computed styles); empty values keep the default. */
export function paletteFrom(read: (property: string) => string): Palette {
  const palette = { ...defaultPalette };
  for (const [key, property] of Object.entries(properties) as [keyof Palette, string][]) {
    const value = read(property).trim();
    if (value) palette[key] = value;
  }
  return palette;
}
