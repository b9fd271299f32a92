import { memo } from 'react';

interface ViewToggleProps {
  /** Whether the table is shown (in place of the map). */
  table: boolean;
  text: { toggle: string; toMap: string };
  onToggle: (table: boolean) => void;
}

/** Switches between the map and a table of the same year; it names the view it goes to ("Table", then "Map"). */
export const ViewToggle = memo(function ViewToggle({ table, text, onToggle }: ViewToggleProps) {
  return (
    <button type="button" className="view-toggle" onClick={() => onToggle(!table)}>
      {table ? text.toMap : text.toggle}
    </button>
  );
});
