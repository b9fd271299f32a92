import { memo } from 'react';
import type { LegendKey } from '../../core/view/legendKeys';
import type { Strings } from '../../i18n/strings';

type Ui = Strings['ui'];

/** The key to the map's colours and patterns: only the classes the map shows (`shown`, remembered per year). */
export const Legend = memo(function Legend({ ui, shown }: { ui: Ui; shown: readonly LegendKey[] }) {
  return (
    <ul className="legend" aria-label={ui.legend.title} data-legend="">
      {shown.map((key) => (
        <li key={key} data-legend-key={key}>
          <svg className="swatch" viewBox="0 0 16 12" aria-hidden="true">
            <rect width="16" height="12" className={`swatch--${key}`} />
          </svg>
          {ui.legend[key]}
        </li>
      ))}
    </ul>
  );
});
