import { memo } from 'react';
import type { LegendKey } from '../../core/view/legendKeys';
import type { Strings } from '../../i18n/strings';

type Ui = Strings['ui'];

/**
 * The key to the map's colours and patterns: only the classes the map shows (`shown`, remembered per
 * year and lens). `more`: the labels of the classes `ui.legend` lacks (the EU lens, the steps towards NATO).
 */
export const Legend = memo(function Legend({ ui, shown, more }: { ui: Ui; shown: readonly LegendKey[]; more?: Record<string, string> }) {
  const labels: Record<string, string | undefined> = ui.legend;
  return (
    <ul className="legend" aria-label={ui.legend.title} data-legend="">
      {shown.map((key) => (
        <li key={key} data-legend-key={key}>
          <svg className="swatch" viewBox="0 0 16 12" aria-hidden="true">
            <rect width="16" height="12" className={`swatch--${key}`} />
          </svg>
          {labels[key] ?? more?.[key]}
        </li>
      ))}
    </ul>
  );
});
