// The entry point: scope the corpus, run every measure, and assemble the report the CLI prints as JSON.
// Each measure lives in its own file; this one only decides which data feeds which measure and words
// the reasons for null values.
import { cohenKappaFromCounts } from './cohenKappa';
import { type CodingCounts, codingStudy } from './codingItems';
import { confusionMatrix, labelledSpans } from './confusion';
import { fleissKappaFromCounts } from './fleissKappa';
import { distinctIntervals, type IntervalList, mergeOverlapping } from './intervals';
import { krippendorffAlphaFromCoincidences } from './krippendorffAlpha';
import { annotatorPairs } from './pairs';
import { documentAgreements } from './perDocument';
import { type ScopedCorpus, scopeCorpus } from './scope';
import type { Score } from './score';
import { exactF1, overlapCredit, overlapScores } from './spanF1';
import type {
  AgreementCounts,
  AgreementInput,
  AgreementOptions,
  AgreementReport,
  LabelledValues,
  PairValues,
  UnitizingValues,
} from './types';
import { unitizingAlpha } from './unitizingAlpha';

/** Computes every agreement measure of the spec on plain data; see docs/agreement.md for the definitions. */
export function computeAgreement(input: AgreementInput, options: AgreementOptions): AgreementReport {
  const corpus = scopeCorpus(input, options);
  const merged = corpus.spans.map((perLabel) => perLabel.map(mergeOverlapping));
  const distinct = corpus.spans.map((perLabel) => perLabel.map(distinctIntervals));
  const coding = codingStudy(corpus.spans, corpus.nonWhitespacePrefix);
  const pairs = annotatorPairs(corpus.annotators.length);
  const labelled = distinct.map(labelledSpans);
  const perDocument = documentAgreements(corpus, merged, distinct);
  const name = (a: number) => corpus.annotators[a]!;

  return {
    annotators: corpus.annotators,
    documents: corpus.documents.length,
    labels: corpus.labels,
    alpha_u: unitizingValues(corpus, merged, perDocument.distanceSums),
    krippendorff_alpha: codingValues(corpus, coding.items, coding.overall, coding.perLabel, (c) =>
      krippendorffAlphaFromCoincidences(c.krippendorff),
    ),
    fleiss_kappa: codingValues(corpus, coding.items, coding.overall, coding.perLabel, (c) =>
      fleissKappaFromCounts(c.fleiss),
    ),
    cohen_kappa: pairs.map(([a, b], p) => cohenValues(corpus, a, b, p, coding.items, coding.overall, coding.perLabel)),
    f1_exact: pairs.map(([a, b], p) => exactValues(corpus, a, b, distinct, perDocument.exactMatches[p]!)),
    f1_overlap: pairs.map(([a, b]) => overlapValues(corpus, a, b, merged)),
    per_document: perDocument.documents,
    level: corpus.level,
    confusion: pairs.map(([a, b]) =>
      confusionMatrix({ a: name(a), b: name(b) }, corpus.labels, labelled[a]!, labelled[b]!),
    ),
    counts: countsOf(corpus),
    excluded_documents: corpus.excluded,
  };
}

// The observed disagreement's distance sums come from the per-document pass, so each rater pair is walked once.
function unitizingValues(
  corpus: ScopedCorpus,
  merged: IntervalList[][],
  distanceSums: Map<string, number>,
): UnitizingValues {
  const categories = new Map(corpus.labels.map((label, l) => [label, merged.map((perLabel) => perLabel[l]!)]));
  const result = unitizingAlpha({ begin: 0, length: corpus.length }, categories, distanceSums);
  const values = emptyValues();
  const disagreement: UnitizingValues['disagreement'] = {
    overall: { observed: finite(result.observed), expected: finite(result.expected) },
    per_label: {},
  };
  const units: UnitizingValues['units'] = { overall: 0, per_label: {} };
  const common = commonReason(corpus);
  setValue(
    values,
    null,
    result.overall,
    common ?? 'no spans of the selected labels by the selected annotators in scope',
  );
  for (const label of corpus.labels) {
    const category = result.perCategory.get(label)!;
    setValue(values, label, category.alpha, common ?? `no span labelled ${label} by the selected annotators in scope`);
    disagreement.per_label[label] = { observed: finite(category.observed), expected: finite(category.expected) };
    units.per_label[label] = category.units;
    units.overall += category.units;
  }
  return { ...values, disagreement, units };
}

function codingValues(
  corpus: ScopedCorpus,
  items: number,
  overall: CodingCounts,
  perLabel: CodingCounts[],
  measure: (counts: CodingCounts) => Score,
): LabelledValues {
  const values = emptyValues();
  const common =
    commonReason(corpus) ?? (items === 0 ? 'no non-whitespace characters in the documents in scope' : null);
  const nothingMarked = (counts: CodingCounts) => counts.marked.every((n) => n === 0);
  setValue(
    values,
    null,
    common || nothingMarked(overall) ? null : measure(overall),
    common ?? 'no span covers a non-whitespace character',
  );
  corpus.labels.forEach((label, l) => {
    const counts = perLabel[l]!;
    setValue(
      values,
      label,
      common || nothingMarked(counts) ? null : measure(counts),
      common ?? `no span labelled ${label} covers a non-whitespace character`,
    );
  });
  return values;
}

function cohenValues(
  corpus: ScopedCorpus,
  a: number,
  b: number,
  pair: number,
  items: number,
  overall: CodingCounts,
  perLabel: CodingCounts[],
): PairValues {
  const values = emptyValues();
  const [nameA, nameB] = [corpus.annotators[a]!, corpus.annotators[b]!];
  const common =
    commonReason(corpus) ?? (items === 0 ? 'no non-whitespace characters in the documents in scope' : null);
  const unmarked = (counts: CodingCounts) => counts.marked[a] === 0 && counts.marked[b] === 0;
  const score = (counts: CodingCounts) =>
    common || unmarked(counts) ? null : cohenKappaFromCounts(counts.pairs[pair]!);
  setValue(
    values,
    null,
    score(overall),
    common ?? `neither ${nameA} nor ${nameB} has a span on a non-whitespace character`,
  );
  corpus.labels.forEach((label, l) =>
    setValue(
      values,
      label,
      score(perLabel[l]!),
      common ?? `neither ${nameA} nor ${nameB} has a span labelled ${label} on a non-whitespace character`,
    ),
  );
  return { a: nameA, b: nameB, ...values, counts: pairCounts(corpus, a, b, corpus.spans) };
}

function exactValues(
  corpus: ScopedCorpus,
  a: number,
  b: number,
  distinct: IntervalList[][],
  matches: number[],
): PairValues {
  const values = emptyValues();
  const [nameA, nameB] = [corpus.annotators[a]!, corpus.annotators[b]!];
  const total = { matches: 0, a: 0, b: 0 };
  corpus.labels.forEach((label, l) => {
    const tally = {
      matches: matches[l]!,
      a: distinct[a]![l]!.starts.length,
      b: distinct[b]![l]!.starts.length,
    };
    total.matches += tally.matches;
    total.a += tally.a;
    total.b += tally.b;
    setValue(
      values,
      label,
      exactF1(tally),
      commonReason(corpus) ?? `neither ${nameA} nor ${nameB} has a span labelled ${label}`,
    );
  });
  setValue(values, null, exactF1(total), commonReason(corpus) ?? `neither ${nameA} nor ${nameB} has a span`);
  return { a: nameA, b: nameB, ...values, counts: pairCounts(corpus, a, b, distinct) };
}

function overlapValues(corpus: ScopedCorpus, a: number, b: number, merged: IntervalList[][]): PairValues {
  const values = emptyValues();
  const [nameA, nameB] = [corpus.annotators[a]!, corpus.annotators[b]!];
  const total = { precisionCredit: 0, recallCredit: 0, a: 0, b: 0 };
  corpus.labels.forEach((label, l) => {
    const tally = {
      ...overlapCredit(merged[a]![l]!, merged[b]![l]!),
      a: merged[a]![l]!.starts.length,
      b: merged[b]![l]!.starts.length,
    };
    total.precisionCredit += tally.precisionCredit;
    total.recallCredit += tally.recallCredit;
    total.a += tally.a;
    total.b += tally.b;
    setValue(
      values,
      label,
      overlapScores(tally).f1,
      commonReason(corpus) ?? `neither ${nameA} nor ${nameB} has a span labelled ${label}`,
    );
  });
  setValue(values, null, overlapScores(total).f1, commonReason(corpus) ?? `neither ${nameA} nor ${nameB} has a span`);
  return { a: nameA, b: nameB, ...values, counts: pairCounts(corpus, a, b, merged) };
}

function pairCounts(corpus: ScopedCorpus, a: number, b: number, lists: IntervalList[][]): PairValues['counts'] {
  const counts: PairValues['counts'] = { a: 0, b: 0, per_label: {} };
  corpus.labels.forEach((label, l) => {
    const perLabel = { a: lists[a]![l]!.starts.length, b: lists[b]![l]!.starts.length };
    counts.per_label[label] = perLabel;
    counts.a += perLabel.a;
    counts.b += perLabel.b;
  });
  return counts;
}

function countsOf(corpus: ScopedCorpus): AgreementCounts {
  const spansPerAnnotator: Record<string, number> = {};
  const spansPerLabel: Record<string, number> = Object.fromEntries(corpus.labels.map((label) => [label, 0]));
  let spans = 0;
  corpus.annotators.forEach((name, a) => {
    spansPerAnnotator[name] = 0;
    corpus.labels.forEach((label, l) => {
      const n = corpus.spans[a]![l]!.starts.length;
      spansPerAnnotator[name]! += n;
      spansPerLabel[label]! += n;
      spans += n;
    });
  });
  return {
    documents_total: corpus.documentsTotal,
    characters: corpus.length,
    items: corpus.nonWhitespacePrefix[corpus.length] ?? 0,
    spans,
    spans_per_annotator: spansPerAnnotator,
    spans_per_label: spansPerLabel,
    empty_spans_ignored: corpus.emptySpansIgnored,
  };
}

// Reasons that make every value of a global measure null, whatever the label.
function commonReason(corpus: ScopedCorpus): string | null {
  if (corpus.annotators.length < 2) {
    return `needs at least two annotators; selected: ${corpus.annotators.join(', ') || 'none'}`;
  }
  if (corpus.documents.length === 0)
    return 'no document in scope: no document has a span or a done mark by every selected annotator';
  return null;
}

function emptyValues(): LabelledValues {
  return { overall: null, per_label: {}, reasons: {} };
}

// Stores a score under a label, or `overall` when the label is null; a null score (or none) records `reason`, or the measure's own.
function setValue(values: LabelledValues, label: string | null, score: Score | null, reason: string): void {
  const value = score?.value ?? null;
  if (label === null) values.overall = value;
  else values.per_label[label] = value;
  if (value === null) values.reasons[label === null ? 'overall' : `per_label.${label}`] = scoreReason(score, reason);
}

// A measure's own reason is kept when it says more than "no data" (e.g. zero expected disagreement).
function scoreReason(score: Score | null, fallback: string): string {
  if (score === null || score.reason === null) return fallback;
  const generic = [
    'no units',
    'no items',
    'neither annotator has a span',
    'needs at least two annotators',
    'the continuum is empty',
    'no unit has two values to compare',
  ];
  return generic.includes(score.reason) ? fallback : score.reason;
}

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
