// The stored spans of a document reduced to what the agreement numbers compared: the selected
// annotators, the compared label at the chosen level, the selected labels only.
import { comparedLabel, type LabelLevel } from '../../shared/agreement';
import type { Span } from '../../shared/domain';
import type { CompareSpan } from './compareSpans';

/** What the comparison shows: the same selection as the agreement report it was opened from. */
export interface ComparisonScope {
  annotators: readonly string[];
  /** Compared labels to keep; null keeps every label. */
  labels: readonly string[] | null;
  level: LabelLevel;
}

/** The spans of the scope's annotators and labels, each with its compared label. */
export function comparableSpans(spans: readonly Span[], scope: ComparisonScope): CompareSpan[] {
  const annotators = new Set(scope.annotators);
  const labels = scope.labels === null ? null : new Set(scope.labels);
  const kept: CompareSpan[] = [];
  for (const span of spans) {
    if (!annotators.has(span.annotator)) continue;
    const label = comparedLabel(span, scope.level);
    if (labels !== null && !labels.has(label)) continue;
    kept.push({ id: span.id, annotator: span.annotator, label, start: span.start, end: span.end });
  }
  return kept;
}
