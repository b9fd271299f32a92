import { memo, type KeyboardEvent } from 'react';
import type { PathStatus, Status } from '../../core/domain/types';

/** Props of one drawn unit: plain values so that memo skips units whose status did not change. */
export interface CountryProps {
  code: string;
  d: string;
  status: Status;
  /** Written to `data-status`: the status and any bloc, space-separated. */
  statusTokens: string;
  label: string;
  /** `data-eu`: in the EU (EEC/EC) on 31 December; with `euStatus`, what the EU lens draws. */
  eu: boolean;
  euStatus: Status;
  /** The step towards NATO the NATO lens draws, if any. */
  path?: PathStatus;
  selected: boolean;
  /** 0 for the map's single Tab stop, -1 for the others, reached with the arrow keys. */
  tabIndex: 0 | -1;
  onSelect: (code: string) => void;
}

/** One country or territory on the map: focusable, named by its status, opened by click, Enter or Space. */
export const Country = memo(function Country({
  code,
  d,
  status,
  statusTokens,
  label,
  eu,
  euStatus,
  path,
  selected,
  tabIndex,
  onSelect,
}: CountryProps) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(code);
    }
  };
  return (
    <path
      d={d}
      className={`unit unit--${status}${statusTokens.includes('warsaw-pact') ? ' unit--warsaw-pact' : ''} unit--eu-${euStatus}${path ? ` unit--path-${path}` : ''}`}
      data-unit={code}
      data-member={status !== 'non-member'}
      data-status={statusTokens}
      data-eu={eu}
      aria-current={selected ? true : undefined}
      role="button"
      aria-label={label}
      tabIndex={tabIndex}
      onClick={() => onSelect(code)}
      onKeyDown={onKeyDown}
    />
  );
});
