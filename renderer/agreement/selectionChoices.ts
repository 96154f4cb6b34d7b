// What the agreement controls offer: the annotators who can be compared and the labels to filter
// by, from the project's documents, its scheme and the labels reports have shown so far.
import { GOLD_ANNOTATOR, type LabelLevel } from '../../shared/agreement';
import type { DocumentSummary, LabelScheme } from '../../shared/domain';

/** Code-unit order, as the agreement report sorts names. */
function byCodeUnits(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Annotators the report accepts: those with a span or a done mark somewhere (the API refuses others),
 * sorted as the report sorts them.
 */
export function comparableAnnotators(documents: readonly DocumentSummary[]): string[] {
  const names = new Set<string>();
  for (const document of documents) {
    for (const [annotator, count] of Object.entries(document.spanCounts)) if (count > 0) names.add(annotator);
    for (const [annotator, status] of Object.entries(document.status)) if (status === 'done') names.add(annotator);
  }
  return [...names].sort(byCodeUnits);
}

/** The default selection, as the report's own default: every comparable annotator but gold. */
export function defaultAnnotators(comparable: readonly string[]): string[] {
  return comparable.filter((annotator) => annotator !== GOLD_ANNOTATOR);
}

/** A label the filter offers: its key (what the report uses) and the name the scheme gives it. */
export interface LabelChoice {
  key: string;
  name: string;
}

/**
 * Labels comparable at a level, in scheme order: every label and technique as stored, only top-level
 * labels at `top`; labels a report used that the scheme lacks (imported ones) come last, sorted.
 */
export function labelChoices(scheme: LabelScheme | null, level: LabelLevel, seen: Iterable<string>): LabelChoice[] {
  const labels = scheme?.labels ?? [];
  const offered = labels.filter((label) => level === 'stored' || label.parent === null);
  const choices: LabelChoice[] = offered.map((label) => ({ key: label.key, name: label.name }));
  const known = new Set(labels.map((label) => label.key));
  const extra = [...new Set(seen)].filter((key) => !known.has(key)).sort(byCodeUnits);
  return [...choices, ...extra.map((key) => ({ key, name: key }))];
}

/** The scheme's name of a label key, or the key itself. */
export function labelName(scheme: LabelScheme | null, key: string): string {
  return scheme?.labels.find((label) => label.key === key)?.name ?? key;
}
