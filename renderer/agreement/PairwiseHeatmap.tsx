// Annotator × annotator: one pairwise measure (Cohen's κ, F1 exact or F1 overlap), overall or for one
// label. Each cell is coloured by its value and has the value written in it.
import { useId, useState } from 'react';
import type { AgreementReport } from '../../shared/agreement';
import { heatColor } from './heatColor';
import { formatMeasure } from './measureValues';
import { PAIR_MEASURE_NAMES, pairMatrix, type PairMeasure } from './pairMatrix';

interface PairwiseHeatmapProps {
  report: AgreementReport;
  labelName: (key: string) => string;
}

const OVERALL = '\u0000overall';

/** The heatmap with its measure and label pickers and a legend of the colour scale. */
export function PairwiseHeatmap({ report, labelName }: PairwiseHeatmapProps) {
  const id = useId();
  const [measure, setMeasure] = useState<PairMeasure>('cohen_kappa');
  const [labelKey, setLabelKey] = useState(OVERALL);
  const label = labelKey === OVERALL || !report.labels.includes(labelKey) ? null : labelKey;
  const matrix = pairMatrix(report, measure, label);
  const measureName = PAIR_MEASURE_NAMES[measure];

  return (
    <section className="agreement-card" aria-labelledby={`${id}-title`} data-testid="pairwise-heatmap">
      <div className="card-head">
        <h2 id={`${id}-title`} className="card-title">
          Pairwise
        </h2>
        <label className="inline-field">
          <span>Measure</span>
          <select
            className="select"
            data-testid="heatmap-measure"
            value={measure}
            onChange={(event) => setMeasure(event.target.value as PairMeasure)}
          >
            {(Object.keys(PAIR_MEASURE_NAMES) as PairMeasure[]).map((key) => (
              <option key={key} value={key}>
                {PAIR_MEASURE_NAMES[key]}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <span>Label</span>
          <select
            className="select"
            data-testid="heatmap-label"
            value={label ?? OVERALL}
            onChange={(event) => setLabelKey(event.target.value)}
          >
            <option value={OVERALL}>Overall</option>
            {report.labels.map((key) => (
              <option key={key} value={key}>
                {labelName(key)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="table-scroll">
        <table className="heatmap" aria-describedby={`${id}-scale`}>
          <caption className="visually-hidden">
            {measureName}, {label === null ? 'overall' : labelName(label)}, for each pair of annotators
          </caption>
          <thead>
            <tr>
              <td />
              {report.annotators.map((annotator) => (
                <th key={annotator} scope="col">
                  {annotator}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.map((row, r) => (
              <tr key={report.annotators[r]}>
                <th scope="row">{report.annotators[r]}</th>
                {row.map((cell) => {
                  if (cell.diagonal)
                    return <td key={cell.column} className="heat-cell heat-diagonal" aria-label="same annotator" />;
                  const colors = heatColor(cell.value);
                  const spans =
                    cell.spans === null
                      ? ''
                      : ` — ${cell.row}: ${cell.spans.row} spans, ${cell.column}: ${cell.spans.column} spans`;
                  const title = `${cell.row} × ${cell.column}, ${measureName}: ${cell.value === null ? `no value (${cell.reason ?? 'not computed'})` : formatMeasure(cell.value)}${spans}`;
                  return (
                    <td
                      key={cell.column}
                      className="heat-cell"
                      style={{ background: colors.background, color: colors.text }}
                      title={title}
                      data-testid="heat-cell"
                      data-row={cell.row}
                      data-column={cell.column}
                      data-null={cell.value === null || undefined}
                    >
                      {formatMeasure(cell.value)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <HeatScale id={`${id}-scale`} />
    </section>
  );
}

const SCALE_STEPS = [-1, -0.5, 0, 0.2, 0.4, 0.6, 0.8, 1];

/** The colour scale with its values, so no one has to guess what a colour means. */
function HeatScale({ id }: { id: string }) {
  return (
    <div className="heat-scale" id={id}>
      <span className="heat-scale-title">Scale</span>
      {SCALE_STEPS.map((step) => {
        const colors = heatColor(step);
        return (
          <span key={step} className="heat-scale-step" style={{ background: colors.background, color: colors.text }}>
            {formatMeasure(step).replace(/0+$/u, '').replace(/\.$/u, '')}
          </span>
        );
      })}
      <span className="heat-scale-note">below 0: worse than chance · — : no value (hover for why)</span>
    </div>
  );
}
