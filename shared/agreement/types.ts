// Plain data in and out of `computeAgreement`. The report's required keys are exactly the JSON that
// `spanmark agreement --json` prints; everything else in it serves the UI and the reviewers.

/** One span as stored: offsets are code points into the document text, end exclusive. */
export interface AgreementSpan {
  annotator: string;
  label: string;
  /** The PTC technique of a `propaganda` span, or null. */
  technique: string | null;
  start: number;
  end: number;
}

/** One document with every annotator's spans and who marked it done. */
export interface AgreementDocument {
  id: string;
  text: string;
  spans: AgreementSpan[];
  /** Annotators who marked this document done. */
  done: string[];
}

/** The corpus to compare, documents in project order (the order of the α_U continuum). */
export interface AgreementInput {
  documents: AgreementDocument[];
}

/** `stored`: techniques compared as themselves; `top`: every span compared by its top-level label. */
export type LabelLevel = 'stored' | 'top';

/** Which annotators and labels to compare, and at which label level. */
export interface AgreementOptions {
  /** Default: every annotator who has a span or a done mark, except `gold`, sorted. */
  annotators?: string[];
  /** Compared labels (after the level is applied). Default: every compared label used in scope, sorted. */
  labels?: string[];
  level: LabelLevel;
}

/** A value per label plus the overall value; null values have a sentence in `reasons`. */
export interface LabelledValues {
  overall: number | null;
  per_label: Record<string, number | null>;
  /** Why a value is null, keyed `overall` or `per_label.<label>`. */
  reasons: Record<string, string>;
}

/** Spans of each side of a pair that went into its numbers. */
export interface PairCounts {
  a: number;
  b: number;
  per_label: Record<string, { a: number; b: number }>;
}

/** A pairwise measure for annotators `a` and `b`. */
export interface PairValues extends LabelledValues {
  a: string;
  b: string;
  counts: PairCounts;
}

/** α_U with the disagreements it came from. */
export interface UnitizingValues extends LabelledValues {
  /** Observed and expected disagreement (overall = the means over labels with units). */
  disagreement: {
    overall: { observed: number | null; expected: number | null };
    per_label: Record<string, { observed: number | null; expected: number | null }>;
  };
  /** Units (spans after merging overlaps of one annotator and label) per label and in total. */
  units: { overall: number; per_label: Record<string, number> };
}

/** How two annotators' overlapping spans were labelled. */
export interface ConfusionMatrix {
  a: string;
  b: string;
  /** Row and column labels; index `labels.length` stands for "no overlapping span on the other side". */
  labels: string[];
  /**
   * counts[i][j]: pairs of overlapping spans where a's span has labels[i] and b's has labels[j]. The last
   * column counts a's spans that overlap none of b's, the last row b's spans that overlap none of a's.
   */
  counts: number[][];
}

/** One document's agreement, for ranking where annotators disagree most. */
export interface DocumentAgreement {
  id: string;
  alpha_u: number | null;
  /** Pooled over all annotator pairs and labels: 2·Σ matches / Σ (|A| + |B|). */
  f1_exact: number | null;
  /** Spans per selected annotator in this document (selected labels). */
  spans: Record<string, number>;
  reasons: Record<string, string>;
}

/** A document left out of scope and the selected annotators who neither have a span in it nor marked it done. */
export interface ExcludedDocument {
  id: string;
  missing: string[];
}

/** What went into the numbers. */
export interface AgreementCounts {
  /** Documents in the input. */
  documents_total: number;
  /** Code points of the documents in scope (the α_U continuum length). */
  characters: number;
  /** Non-whitespace code points in scope (the items of κ and α). */
  items: number;
  /** Spans in scope (selected annotators and labels, non-empty), as stored. */
  spans: number;
  spans_per_annotator: Record<string, number>;
  spans_per_label: Record<string, number>;
  /** Spans of zero length in scope; they cover nothing and are left out of every measure. */
  empty_spans_ignored: number;
}

/** Everything `spanmark agreement` reports. */
export interface AgreementReport {
  annotators: string[];
  documents: number;
  labels: string[];
  alpha_u: UnitizingValues;
  krippendorff_alpha: LabelledValues;
  fleiss_kappa: LabelledValues;
  cohen_kappa: PairValues[];
  f1_exact: PairValues[];
  f1_overlap: PairValues[];
  /** Sorted by disagreement: lowest α_U first, then lowest exact F1; nulls last; then document order. */
  per_document: DocumentAgreement[];
  level: LabelLevel;
  confusion: ConfusionMatrix[];
  counts: AgreementCounts;
  excluded_documents: ExcludedDocument[];
}
