import { memo } from 'react';
interface YearHeadingProps {
  year: number;
  count: number;
  countText: string;
  /** In the EU and both lenses: the EU's member count, shown after NATO's (`data-eu-count`). */
  eu?: { count: number; text: string };
}

/** The selected year shown large, with the member count (NATO's, always: `data-member-count`) and, in the EU lenses, the EU's. */
export const YearHeading = memo(function YearHeading({ year, count, countText, eu }: YearHeadingProps) {
  return (
    <p className={eu ? 'year-heading year-heading--eu' : 'year-heading'}>
      <span className="year-heading__year">{year}</span>{' '}
      <span className="year-heading__count" data-member-count={count}>
        {countText}
      </span>
      {eu && (
        <span className="year-heading__eu" data-eu-count={eu.count}>
          {eu.text}
        </span>
      )}
    </p>
  );
});
