import { memo } from 'react';
/** SVG patterns: stripes mark "joined this year", hatching occupied land, dots and lines the steps towards NATO, so status never rests on colour alone. */
export const Patterns = memo(function Patterns() {
  return (
    <defs>
      <pattern id="pattern-joined" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className="pattern-joined-bg" />
        <line x1="0" y1="0" x2="0" y2="6" className="pattern-joined-line" />
      </pattern>
      <pattern id="pattern-occupied" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <line x1="0" y1="0" x2="0" y2="5" className="pattern-occupied-line" />
      </pattern>
      {/* The steps towards NATO, light so that NATO stays the subject: dots for a partner, lines for an
          action plan, the same on a blue tint for an aspirant (dots) and an invited state (lines). */}
      <pattern id="pattern-partner" width="4" height="4" patternUnits="userSpaceOnUse">
        <rect width="4" height="4" className="pattern-path-bg" />
        <circle cx="2" cy="2" r="0.75" className="pattern-path-mark" />
      </pattern>
      <pattern id="pattern-aspirant" width="4" height="4" patternUnits="userSpaceOnUse">
        <rect width="4" height="4" className="pattern-path-tint" />
        <circle cx="2" cy="2" r="0.9" className="pattern-path-mark" />
      </pattern>
      <pattern id="pattern-map" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="4" height="4" className="pattern-path-bg" />
        <line x1="0" y1="0" x2="0" y2="4" className="pattern-path-line" />
      </pattern>
      <pattern id="pattern-invited" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="4" height="4" className="pattern-path-tint" />
        <line x1="0" y1="0" x2="0" y2="4" className="pattern-path-line" />
      </pattern>
      {/* The EU lens: the year's joiners striped, as for NATO. */}
      <pattern id="pattern-eu-joined" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className="pattern-eu-joined-bg" />
        <line x1="0" y1="0" x2="0" y2="6" className="pattern-joined-line" />
      </pattern>
      <pattern id="pattern-disputed" width="4" height="4" patternUnits="userSpaceOnUse">
        <circle cx="2" cy="2" r="0.9" className="pattern-disputed-dot" />
      </pattern>
    </defs>
  );
});
