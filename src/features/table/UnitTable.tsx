import { useMemo, useState } from 'react';
import type { Dataset } from '../../core/domain/dataset';
import type { Strings } from '../../i18n/strings';
import { sortRows, unitRows, type Sort, type SortKey } from '../../core/view/unitTable';

interface UnitTableProps {
  data: Dataset;
  year: number;
  strings: Strings;
  selected?: string;
  onSelect: (code: string) => void;
}

const COLUMNS: SortKey[] = ['name', 'status', 'joined', 'round', 'eu'];

/** The map as a table: every unit of the year with its status (and steps towards NATO), accession date, round and EU date, sortable. */
export function UnitTable({ data, year, strings, selected, onSelect }: UnitTableProps) {
  const { table } = strings.a11y;
  const [sort, setSort] = useState<Sort>({ key: 'name', direction: 'ascending' });
  const rows = useMemo(() => unitRows(data, year, strings), [data, year, strings]);
  const sorted = useMemo(() => sortRows(rows, sort, strings.ui.locale), [rows, sort, strings.ui.locale]);
  const toggle = (key: SortKey) =>
    setSort((s) => ({ key, direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  return (
    <div className="unit-table">
      <table>
        <caption>{table.caption(year)}</caption>
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th key={key} scope="col" aria-sort={sort.key === key ? sort.direction : 'none'}>
                <button type="button" onClick={() => toggle(key)}>
                  {key === 'eu' ? strings.lens.table.eu : table.columns[key]}
                  <span aria-hidden="true" className="unit-table__arrow">
                    {sort.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.code} data-row={r.code} aria-current={r.code === selected ? true : undefined}>
              <th scope="row">
                <button type="button" className="unit-table__name" data-return-focus={r.code} onClick={() => onSelect(r.code)}>
                  {r.name}
                </button>
              </th>
              <td>{r.statusText}</td>
              <td>{r.joinedText ?? table.none}</td>
              <td>{r.roundText ?? table.none}</td>
              <td>{r.euText ?? table.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
