import { memo } from 'react';
/** Outlines drawn over the map from the pre-projected shapes, e.g. the countries that joined this year. */
export const Outlines = memo(function Outlines({
  className,
  shapeIds,
  shapes,
}: {
  className: string;
  shapeIds: string[];
  shapes: ReadonlyMap<string, string>;
}) {
  return (
    <>
      {shapeIds.map((id) => (
        <path key={id} className={className} d={shapes.get(id)} aria-hidden="true" />
      ))}
    </>
  );
});
