import { memo } from 'react';
import type { BorderFigureView } from '../../core/view/borderFigure';
import type { YearPoint } from '../../core/view/series';
import { Sparkline } from '../../shared/Sparkline';
import '../timeline/timeline.css';

interface BorderFigureProps {
  figure: BorderFigureView;
  points: YearPoint[];
  year: number;
  chartLabel: string;
  sourcesText: string;
}

/** NATO's land border with Russia (or the USSR) in the year, with a small chart of it over the years. */
export const BorderFigure = memo(function BorderFigure({ figure, points, year, chartLabel, sourcesText }: BorderFigureProps) {
  return (
    <div className="border-figure">
      <p className="border-figure__text" data-russia-border-km={figure.km}>
        <span className="border-figure__label">{figure.label}</span> <strong className="border-figure__km">{figure.kmText}</strong>
      </p>
      <Sparkline className="sparkline--border" points={points} year={year} label={chartLabel} />
      <p className="border-figure__sources" title={figure.sources.map((src) => src.text).join(' · ')}>
        {sourcesText}{' '}
        {figure.sources.map((src, i) => (
          <span key={src.url}>
            {i > 0 && ' · '}
            <a href={src.url} target="_blank" rel="noopener noreferrer">
              {src.text}
            </a>
          </span>
        ))}
      </p>
    </div>
  );
});
