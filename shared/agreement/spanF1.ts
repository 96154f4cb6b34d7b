// Span F1 between two annotators. Exact: a match is the same start, end and label, F1 = 2·matches/(|A|+|B|).
// Overlap: the SemEval-2020 Task 11 span scorer's partial credit, P = Σ_s Σ_t |s∩t|/|s| / |S| and
// R = Σ_s Σ_t |s∩t|/|t| / |T| over same-label spans, after merging overlapping spans on each side,
// F1 = 2PR/(P+R). Callers sum numerators and denominators over documents (and labels) before dividing.
import { type IntervalList, mergeOverlapping, sortedIntervals } from './intervals';
import { nullScore, type Score, valueScore } from './score';

/** Exact-match tallies: matched spans and the spans on each side. */
export interface ExactTally {
  matches: number;
  a: number;
  b: number;
}

/** Partial-credit tallies: P = precisionCredit / a, R = recallCredit / b (a, b = merged spans per side). */
export interface OverlapTally {
  precisionCredit: number;
  recallCredit: number;
  a: number;
  b: number;
}

/** Spans present in both lists (each sorted and without repeats); `onMatch` sees each match's start. */
export function exactMatchCount(a: IntervalList, b: IntervalList, onMatch?: (start: number) => void): number {
  let i = 0;
  let j = 0;
  let matches = 0;
  while (i < a.starts.length && j < b.starts.length) {
    const order = a.starts[i]! - b.starts[j]! || a.ends[i]! - b.ends[j]!;
    if (order === 0) {
      matches++;
      onMatch?.(a.starts[i]!);
      i++;
      j++;
    } else if (order < 0) i++;
    else j++;
  }
  return matches;
}

/** Partial credit between two merged lists (sorted, without overlaps): Σ |s∩t|/|s| and Σ |s∩t|/|t|. */
export function overlapCredit(a: IntervalList, b: IntervalList): { precisionCredit: number; recallCredit: number } {
  let i = 0;
  let j = 0;
  let precisionCredit = 0;
  let recallCredit = 0;
  while (i < a.starts.length && j < b.starts.length) {
    const shared = Math.min(a.ends[i]!, b.ends[j]!) - Math.max(a.starts[i]!, b.starts[j]!);
    if (shared > 0) {
      precisionCredit += shared / (a.ends[i]! - a.starts[i]!);
      recallCredit += shared / (b.ends[j]! - b.starts[j]!);
    }
    if (a.ends[i]! < b.ends[j]!) i++;
    else j++;
  }
  return { precisionCredit, recallCredit };
}

/** Exact F1 from summed tallies; null when neither side has a span. */
export function exactF1(tally: ExactTally): Score {
  if (tally.a + tally.b === 0) return nullScore('neither annotator has a span');
  return valueScore((2 * tally.matches) / (tally.a + tally.b));
}

/** Precision, recall and F1 as the SemEval scorer computes them, except that no spans at all gives null (the scorer says 1). */
export function overlapScores(tally: OverlapTally): { precision: number; recall: number; f1: Score } {
  const precision = tally.a > 0 ? tally.precisionCredit / tally.a : 0;
  const recall = tally.b > 0 ? tally.recallCredit / tally.b : 0;
  if (tally.a === 0 && tally.b === 0) return { precision, recall, f1: nullScore('neither annotator has a span') };
  const f1 = precision > 0 && recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1: valueScore(f1) };
}

/** The SemEval-2020 Task 11 score of one article's submission against its gold spans ([start, end) pairs). */
export function semevalSpanScores(
  submission: ReadonlyArray<readonly [number, number]>,
  gold: ReadonlyArray<readonly [number, number]>,
): { precision: number; recall: number; f1: Score } {
  const merge = (spans: ReadonlyArray<readonly [number, number]>) =>
    mergeOverlapping(
      sortedIntervals(
        spans.map((s) => s[0]),
        spans.map((s) => s[1]),
      ),
    );
  const a = merge(submission);
  const b = merge(gold);
  return overlapScores({ ...overlapCredit(a, b), a: a.starts.length, b: b.starts.length });
}
