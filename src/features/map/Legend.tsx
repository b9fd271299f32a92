import { memo } from 'react';
import type { Strings } from '../../i18n/strings';

type Ui = Strings['ui'];

/** The key to the map's colours and patterns. */
export const Legend = memo(function Legend({ ui }: { ui: Ui }) {
  const items = [
    ['member', ui.legend.member],
    ['joined', ui.legend.joined],
    ['non-member', ui.legend['non-member']],
    ['warsaw-pact', ui.legend['warsaw-pact']],
    ['occupied', ui.legend.occupied],
    ['disputed', ui.legend.disputed],
  ] as const;
  return (
    <ul className="legend" aria-label={ui.legend.title}>
      {items.map(([key, text]) => (
        <li key={key}>
          <svg className="swatch" viewBox="0 0 16 12" aria-hidden="true">
            <rect width="16" height="12" className={`swatch--${key}`} />
          </svg>
          {text}
        </li>
      ))}
    </ul>
  );
});
