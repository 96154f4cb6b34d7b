// Pure rules for annotation changes: what undoes a change, and how a change updates a local copy.
import type { AnnotationChange, Relation, Span } from './domain';
import { missingCase } from './errors';

/** The change that undoes `change`. */
export function inverseChange(change: AnnotationChange): AnnotationChange {
  switch (change.kind) {
    case 'span.create':
      return { kind: 'span.delete', span: change.span, relations: change.relations };
    case 'span.delete':
      return { kind: 'span.create', span: change.span, relations: change.relations };
    case 'span.update':
      return { kind: 'span.update', before: change.after, after: change.before };
    case 'relation.create':
      return { kind: 'relation.delete', relation: change.relation };
    case 'relation.delete':
      return { kind: 'relation.create', relation: change.relation };
    case 'decision.create':
      return { kind: 'decision.delete', decision: change.decision };
    case 'decision.delete':
      return { kind: 'decision.create', decision: change.decision };
    default:
      return missingCase(change);
  }
}

/** A document's spans and relations as a client holds them. */
export interface AnnotationSet {
  spans: Span[];
  relations: Relation[];
}

/** Applies changes to a local copy of a document's annotations, returning a new copy. */
export function applyChanges(set: AnnotationSet, changes: readonly AnnotationChange[]): AnnotationSet {
  let { spans, relations } = set;
  for (const change of changes) {
    switch (change.kind) {
      case 'span.create':
        spans = [...spans.filter((span) => span.id !== change.span.id), change.span];
        relations = [...relations, ...change.relations.filter((r) => !relations.some((known) => known.id === r.id))];
        break;
      case 'span.delete':
        spans = spans.filter((span) => span.id !== change.span.id);
        relations = relations.filter((r) => r.from !== change.span.id && r.to !== change.span.id);
        break;
      case 'span.update':
        spans = spans.map((span) => (span.id === change.after.id ? change.after : span));
        break;
      case 'relation.create':
        relations = [...relations.filter((r) => r.id !== change.relation.id), change.relation];
        break;
      case 'relation.delete':
        relations = relations.filter((r) => r.id !== change.relation.id);
        break;
      case 'decision.create':
      case 'decision.delete':
        // Curation decisions are not part of a document's spans and relations.
        break;
      default:
        missingCase(change);
    }
  }
  return { spans, relations };
}
