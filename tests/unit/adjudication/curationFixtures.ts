// Small builders for adjudication tests, and a local copy of a document that applies changes the
// way the database does (spans, relations and decisions), so pure plans can be checked end to end.
import { applyChanges } from '../../../shared/annotationChanges';
import type { AnnotationChange, CurationDecision, Relation, Span } from '../../../shared/domain';

/** A span with a quote made of the offsets, so copies can be told apart from their source. */
export function span(
  annotator: string,
  id: string,
  start: number,
  end: number,
  label = 'claim',
  technique: string | null = null,
  note = '',
): Span {
  return { id, start, end, label, technique, annotator, note, quote: `q${start}-${end}`, attributes: {} };
}

/** A relation between two span ids. */
export function relation(annotator: string, id: string, type: string, from: string, to: string): Relation {
  return { id, type, from, to, annotator };
}

/** One document's annotations and decisions, as the database holds them. */
export interface LocalDocument {
  spans: Span[];
  relations: Relation[];
  decisions: CurationDecision[];
}

/** Applies changes to a local document: spans and relations as the client does, decisions as the table does. */
export function applyToDocument(document: LocalDocument, changes: readonly AnnotationChange[]): LocalDocument {
  let decisions = document.decisions;
  for (const change of changes) {
    if (change.kind === 'decision.create') {
      if (decisions.some((d) => d.key === change.decision.key))
        throw new Error(`decision ${change.decision.key} exists`);
      decisions = [...decisions, change.decision];
    } else if (change.kind === 'decision.delete') {
      decisions = decisions.filter((d) => d.key !== change.decision.key);
    }
  }
  // The database deletes a span's relations with it; applyChanges does the same.
  const annotations = applyChanges({ spans: document.spans, relations: document.relations }, changes);
  return { ...annotations, decisions };
}

/** Spans sorted by id, for comparisons that ignore order. */
export function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
