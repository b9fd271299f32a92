import type { LegendKey } from './exportModel';
import type { Palette } from './palette';

/** A legend swatch's fill: a colour, or one of the patterns. */
export function swatchFill(key: LegendKey, p: Palette): string {
  if (key === 'member') return p.member;
  if (key === 'non-member') return p.nonMember;
  if (key === 'warsaw-pact') return p.warsawPact;
  if (key === 'eu-member' || key === 'eu-only') return p.eu;
  if (key === 'eu-non-member' || key === 'neither') return p.nonMember;
  if (key === 'both') return p.member;
  if (key === 'nato-only') return p.natoOnly;
  return `url(#${key})`;
}

/** The app's patterns (map/Patterns.tsx) with their colours inline. */
export function ExportPatterns({ palette: p }: { palette: Palette }) {
  return (
    <defs>
      <pattern id="joined" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill={p.joined} />
        <line x1="0" y1="0" x2="0" y2="6" stroke={p.joinedLine} strokeWidth={2} />
      </pattern>
      <pattern id="eu-joined" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill={p.eu} />
        <line x1="0" y1="0" x2="0" y2="6" stroke={p.joinedLine} strokeWidth={2} />
      </pattern>
      <pattern id="occupied" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <line x1="0" y1="0" x2="0" y2="5" stroke={p.occupiedLine} strokeWidth={1.5} />
      </pattern>
      <pattern id="disputed" width="4" height="4" patternUnits="userSpaceOnUse">
        <circle cx="2" cy="2" r="0.9" fill={p.disputedDot} />
      </pattern>
    </defs>
  );
}
