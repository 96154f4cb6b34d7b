// How two annotators labelled overlapping spans: rows are the first annotator's labels, columns the
// second's, with a row and a column for spans that overlap nothing of the other side.
import { useId, useState } from 'react';
import type { AgreementReport } from '../../shared/agreement';

interface ConfusionTableProps {
  report: AgreementReport;
  labelName: (key: string) => string;
}

const numberFormat = new Intl.NumberFormat();

/** The confusion matrix of a chosen pair of annotators. */
export function ConfusionTable({ report, labelName }: ConfusionTableProps) {
  const id = useId();
  const [chosen, setChosen] = useState(0);
  const matrix = report.confusion[chosen] ?? report.confusion[0];
  if (matrix === undefined) return null;
  const none = matrix.labels.length;
  const headers = [...matrix.labels.map(labelName), 'no overlapping span'];

  return (
    <section className="agreement-card" aria-labelledby={`${id}-title`} data-testid="confusion">
      <div className="card-head">
        <h2 id={`${id}-title`} className="card-title">
          Confusion
        </h2>
        <label className="inline-field">
          <span>Pair</span>
          <select
            className="select"
            data-testid="confusion-pair"
            value={report.confusion.indexOf(matrix)}
            onChange={(event) => setChosen(Number(event.target.value))}
          >
            {report.confusion.map((pair, index) => (
              <option key={`${pair.a}\u0000${pair.b}`} value={index}>
                {pair.a} × {pair.b}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="card-hint">
        Each pair of overlapping spans counts once in the cell of their two labels; the last column counts {matrix.a}’s
        spans that overlap none of {matrix.b}’s, the last row the other way round.
      </p>
      <div className="table-scroll">
        <table className="confusion-table" data-a={matrix.a} data-b={matrix.b}>
          <thead>
            <tr>
              <td className="confusion-corner">
                <span className="axis-row">{matrix.a} ↓</span>
                <span className="axis-column">{matrix.b} →</span>
              </td>
              {headers.map((header, j) => (
                <th key={j} scope="col" className={j === none ? 'confusion-none' : undefined}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.counts.map((row, i) => (
              <tr key={i}>
                <th scope="row" className={i === none ? 'confusion-none' : undefined}>
                  {headers[i]}
                </th>
                {row.map((count, j) => {
                  const kind = i === none && j === none ? 'void' : count === 0 ? 'zero' : i === j ? 'same' : 'differ';
                  return (
                    <td
                      key={j}
                      className={`numeric confusion-cell confusion-${kind}`}
                      data-testid="confusion-cell"
                      data-row={i === none ? '' : matrix.labels[i]}
                      data-column={j === none ? '' : matrix.labels[j]}
                    >
                      {kind === 'void' ? '' : numberFormat.format(count)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
