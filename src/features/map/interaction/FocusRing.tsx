/**
 * The focused unit's outline, drawn above every other shape so neighbours cannot cover it:
 * a light halo under a dark line keeps it visible on blue, orange and grey alike.
 */
export function FocusRing({ d }: { d: string }) {
  return (
    <g className="focus-ring" aria-hidden="true">
      <path d={d} className="focus-ring__halo" />
      <path d={d} className="focus-ring__line" />
    </g>
  );
}
