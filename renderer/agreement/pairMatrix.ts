// The pairwise measures of a report laid out as an annotator × annotator matrix for the heatmap.
import type { AgreementReport, PairValues } from '../../shared/agreement';
import { reasonFor, valueFor } from './measureValues';

/** The pairwise measures the heatmap can show, as keys of the report. */
export type PairMeasure = 'cohen_kappa' | 'f1_exact' | 'f1_overlap';

/** Names of the pairwise measures, for the measure picker and titles. */
export const PAIR_MEASURE_NAMES: Record<PairMeasure, string> = {
  cohen_kappa: 'Cohen’s κ',
  f1_exact: 'F1 exact',
  f1_overlap: 'F1 overlap',
};

/** One cell: the pair's value, why it is null, and the spans of each side that went into it. */
export interface PairCell {
  /** The row's and the column's annotator. */
  row: string;
  column: string;
  value: number | null;
  reason: string | undefined;
  /** Spans of the row's and the column's annotator; null on the diagonal. */
  spans: { row: number; column: number } | null;
  diagonal: boolean;
}

/** Rows in annotator order; both halves are filled (the measures are symmetric), the diagonal is empty. */
export function pairMatrix(report: AgreementReport, measure: PairMeasure, label: string | null): PairCell[][] {
  const pairs = new Map<string, PairValues>();
  for (const pair of report[measure]) pairs.set(`${pair.a}\u0000${pair.b}`, pair);
  return report.annotators.map((row) =>
    report.annotators.map((column): PairCell => {
      if (row === column) return { row, column, value: null, reason: undefined, spans: null, diagonal: true };
      const forward = pairs.get(`${row}\u0000${column}`);
      const pair = forward ?? pairs.get(`${column}\u0000${row}`);
      if (pair === undefined) {
        return { row, column, value: null, reason: 'not computed for this pair', spans: null, diagonal: false };
      }
      const counts =
        label === null ? { a: pair.counts.a, b: pair.counts.b } : (pair.counts.per_label[label] ?? { a: 0, b: 0 });
      return {
        row,
        column,
        value: valueFor(pair, label),
        reason: reasonFor(pair, label),
        spans: forward !== undefined ? { row: counts.a, column: counts.b } : { row: counts.b, column: counts.a },
        diagonal: false,
      };
    }),
  );
}
