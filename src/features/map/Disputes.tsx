import { memo } from 'react';
import type { DisputeRecord } from '../../core/domain/types';

interface DisputesProps {
  disputes: (DisputeRecord & { label: string })[];
  paths: ReadonlyMap<string, string>;
}

/** Occupied or disputed territory drawn over its state, hatched or dotted, with a name that says what it is. */
export const Disputes = memo(function Disputes({ disputes, paths }: DisputesProps) {
  return (
    <g className="disputes">
      {disputes.map((d) => (
        <path
          key={d.slug}
          d={paths.get(d.slug) ?? ''}
          className={`dispute dispute--${d.kind}`}
          data-disputed={d.slug}
          role="img"
          aria-label={d.label}
        />
      ))}
    </g>
  );
});
