import { memo } from 'react';
/** SVG patterns: stripes mark "joined this year" and hatching marks occupied land, so status never rests on colour alone. */
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
      <pattern id="pattern-disputed" width="4" height="4" patternUnits="userSpaceOnUse">
        <circle cx="2" cy="2" r="0.9" className="pattern-disputed-dot" />
      </pattern>
    </defs>
  );
});
