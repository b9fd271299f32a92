import { memo } from 'react';
import type { Dataset } from '../../core/domain/dataset';
import { natoEuView } from '../../core/view/natoEuDates';
import type { Strings } from '../../i18n/strings';

interface NatoEuTableProps {
  data: Dataset;
  strings: Strings;
}

const W = 160;
const H = 12;

/**
 * NATO and EU accession dates side by side for every state in both, with a small dot chart per row
 * (circle: NATO; square: EU) on one shared axis of years, so the reader sees which came first and by
 * how much without the page saying so.
 */
export const NatoEuTable = memo(function NatoEuTable({ data, strings }: NatoEuTableProps) {
  const rows = natoEuView(data, strings);
  const { firstYear: first, latestYear: last } = data;
  const text = strings.lens.compare;
  const x = (year: number) => 4 + ((year - first) / Math.max(1, last - first)) * (W - 8);
  return (
    <div className="nato-eu" data-nato-eu="">
      <table>
        <caption>
          <strong>{text.title}</strong> {text.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{text.columns.name}</th>
            <th scope="col">{text.columns.nato}</th>
            <th scope="col">{text.columns.eu}</th>
            <th scope="col">{text.columns.gap}</th>
            <th scope="col" aria-hidden="true">
              {first}–{last}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} data-row={r.code}>
              <th scope="row">{r.name}</th>
              <td>{r.natoText}</td>
              <td>{r.euText}</td>
              <td>{r.gapText}</td>
              <td aria-hidden="true">
                <svg className="nato-eu__chart" viewBox={`0 0 ${W} ${H}`} width={W} height={H}>
                  <line x1={x(r.natoYear)} x2={x(r.euYear)} y1={H / 2} y2={H / 2} className="nato-eu__link" />
                  <circle cx={x(r.natoYear)} cy={H / 2} r={4} className="nato-eu__nato" />
                  <rect x={x(r.euYear) - 3.5} y={H / 2 - 3.5} width={7} height={7} className="nato-eu__eu" />
                </svg>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

/** The default export, for `React.lazy`: the table view loads it on first use, outside the first load. */
export default NatoEuTable;
