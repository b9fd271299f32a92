import { memo } from 'react';
/** The selected year shown large, with the member count. */
export const YearHeading = memo(function YearHeading({ year, count, countText }: { year: number; count: number; countText: string }) {
  return (
    <p className="year-heading">
      <span className="year-heading__year">{year}</span>{' '}
      <span className="year-heading__count" data-member-count={count}>
        {countText}
      </span>
    </p>
  );
});
