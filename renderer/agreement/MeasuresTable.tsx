// The corpus-wide measures (α_U, Krippendorff's α, Fleiss' κ): overall and per label, with the spans
// and units behind each row.
import type { AgreementReport, LabelledValues } from '../../shared/agreement';
import { MeasureValue } from './MeasureValue';
import { reasonFor, valueFor } from './measureValues';

/** The measures over all selected annotators, with their column names. */
export const GROUP_MEASURES: { key: 'alpha_u' | 'krippendorff_alpha' | 'fleiss_kappa'; name: string; hint: string }[] =
  [
    { key: 'alpha_u', name: 'α_U', hint: 'Krippendorff’s unitizing alpha: where spans start and end, per label' },
    { key: 'krippendorff_alpha', name: 'Krippendorff’s α', hint: 'Nominal α over characters (non-whitespace)' },
    { key: 'fleiss_kappa', name: 'Fleiss’ κ', hint: 'Fleiss’ kappa over characters (non-whitespace)' },
  ];

interface MeasuresTableProps {
  report: AgreementReport;
  labelName: (key: string) => string;
}

const numberFormat = new Intl.NumberFormat();

/** One row for the overall values, then one per compared label. */
export function MeasuresTable({ report, labelName }: MeasuresTableProps) {
  const rows: { label: string | null; name: string; spans: number; units: number }[] = [
    { label: null, name: 'Overall', spans: report.counts.spans, units: report.alpha_u.units.overall },
    ...report.labels.map((label) => ({
      label,
      name: labelName(label),
      spans: report.counts.spans_per_label[label] ?? 0,
      units: report.alpha_u.units.per_label[label] ?? 0,
    })),
  ];
  const values = (key: (typeof GROUP_MEASURES)[number]['key']): LabelledValues => report[key];
  return (
    <table className="data-table measures-table" data-testid="measures-table">
      <thead>
        <tr>
          <th scope="col">Label</th>
          <th scope="col" className="numeric" title="Spans of the selected annotators in scope">
            Spans
          </th>
          <th
            scope="col"
            className="numeric"
            title="Units of α_U: each annotator’s overlapping spans of a label merged"
          >
            Units
          </th>
          {GROUP_MEASURES.map((measure) => (
            <th key={measure.key} scope="col" className="numeric" title={measure.hint}>
              {measure.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.label ?? '\u0000overall'}
            className={row.label === null ? 'row-overall' : undefined}
            data-testid="measures-row"
            data-label={row.label ?? 'overall'}
          >
            <th scope="row" title={row.label ?? 'All compared labels together'}>
              {row.name}
            </th>
            <td className="numeric" data-testid="row-spans">
              {numberFormat.format(row.spans)}
            </td>
            <td className="numeric" data-testid="row-units">
              {numberFormat.format(row.units)}
            </td>
            {GROUP_MEASURES.map((measure) => (
              <td key={measure.key} className="numeric">
                <MeasureValue
                  value={valueFor(values(measure.key), row.label)}
                  reason={reasonFor(values(measure.key), row.label)}
                  testId={`value-${measure.key}`}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
