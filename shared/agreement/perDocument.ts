// Agreement inside each document on its own (its text is the α_U continuum; F1 pooled over all annotator
// pairs and labels), sorted so that the documents where annotators disagree most come first.
import { type IntervalList, intervalsStartingIn } from './intervals';
import { annotatorPairs } from './pairs';
import type { ScopedCorpus } from './scope';
import { exactMatchCount } from './spanF1';
import type { DocumentAgreement } from './types';
import { unitizingAlpha } from './unitizingAlpha';

/**
 * Per-document results, α_U's distance sums per label over all documents (they add up; see
 * categoryDistanceSum) and the exact matches per annotator pair and label (`exactMatches[pair][label]`).
 */
export interface DocumentResults {
  documents: DocumentAgreement[];
  distanceSums: Map<string, number>;
  exactMatches: number[][];
}

/** Per-document α_U and exact F1; `merged` and `distinct` are the annotators' lists per label on the continuum. */
export function documentAgreements(
  corpus: ScopedCorpus,
  merged: readonly (readonly IntervalList[])[],
  distinct: readonly (readonly IntervalList[])[],
): DocumentResults {
  const { annotators, labels, documents } = corpus;
  const begins = Int32Array.from(documents, (document) => document.begin);
  const documentOf = (position: number) => upperBound(begins, position) - 1;

  const matches = new Float64Array(documents.length);
  const countMatch = (start: number) => increment(matches, documentOf(start));
  const exactMatches = annotatorPairs(annotators.length).map(([a, b]) =>
    labels.map((_, l) => exactMatchCount(distinct[a]![l]!, distinct[b]![l]!, countMatch)),
  );
  const distinctCount = annotators.map(() => new Float64Array(documents.length));
  const storedCount = annotators.map(() => new Float64Array(documents.length));
  annotators.forEach((_, a) =>
    labels.forEach((_, l) => {
      distinct[a]![l]!.starts.forEach((start) => increment(distinctCount[a]!, documentOf(start)));
      corpus.spans[a]![l]!.starts.forEach((start) => increment(storedCount[a]!, documentOf(start)));
    }),
  );

  const distanceSums = new Map(labels.map((label) => [label, 0]));
  const results = documents.map((document, d): DocumentAgreement & { order: number } => {
    const categories = new Map(
      labels.map((label, l) => [
        label,
        merged.map((perLabel) => intervalsStartingIn(perLabel[l]!, document.begin, document.begin + document.length)),
      ]),
    );
    const result = unitizingAlpha({ begin: document.begin, length: document.length }, categories);
    for (const [label, category] of result.perCategory)
      distanceSums.set(label, distanceSums.get(label)! + category.distanceSum);
    const alpha = result.overall;
    // Every annotator pair contributes |A| + |B|, so each annotator's spans count (R − 1) times.
    const denominator = (annotators.length - 1) * distinctCount.reduce((sum, counts) => sum + counts[d]!, 0);
    const reasons: Record<string, string> = {};
    if (alpha.value === null) reasons.alpha_u = documentReason(annotators.length, alpha.reason);
    if (annotators.length < 2) reasons.f1_exact = 'needs at least two annotators';
    else if (denominator === 0) reasons.f1_exact = 'no spans in this document';
    return {
      id: document.id,
      alpha_u: alpha.value,
      f1_exact: denominator === 0 ? null : (2 * matches[d]!) / denominator,
      spans: Object.fromEntries(annotators.map((name, a) => [name, storedCount[a]![d]!])),
      reasons,
      order: d,
    };
  });
  results.sort((x, y) => nullsLast(x.alpha_u, y.alpha_u) || nullsLast(x.f1_exact, y.f1_exact) || x.order - y.order);
  return { documents: results.map(({ order: _order, ...result }) => result), distanceSums, exactMatches };
}

function documentReason(annotatorCount: number, reason: string): string {
  if (annotatorCount < 2) return 'needs at least two annotators';
  if (reason === 'no units') return 'no spans in this document';
  if (reason === 'the continuum is empty') return 'the document is empty';
  return reason;
}

function increment(counts: Float64Array, index: number): void {
  counts[index] = counts[index]! + 1;
}

function nullsLast(x: number | null, y: number | null): number {
  if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
  return x - y;
}

function upperBound(values: Int32Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
