// The edits a user makes to spans and relations, each one undoable entry of the operation log.
import { randomUUID } from 'node:crypto';
import type { ValidParamsOf } from '../../../shared/api';
import type { EditResult, Relation, Span } from '../../../shared/domain';
import { SpanmarkError } from '../../../shared/errors';
import { findRelation, findSpan, relationsOfSpan } from '../../db/annotationRows';
import type { Db } from '../../db/open';
import { commitEdit } from './editDocument';
import { checkLabel, checkOwnSpan, checkRelationType, quoteAt } from './spanRules';

/** Creates a span with the acting annotator as its owner. */
export function createSpan(db: Db, params: ValidParamsOf<'createSpan'>): EditResult {
  return commitEdit(db, params.document, params.annotator, (rowId) => {
    checkLabel(db, params.label, params.technique);
    const span: Span = {
      id: params.id ?? randomUUID(),
      start: params.start,
      end: params.end,
      label: params.label,
      technique: params.technique,
      annotator: params.annotator,
      note: params.note,
      quote: quoteAt(db, rowId, params.start, params.end),
      attributes: {},
    };
    return [{ kind: 'span.create', span, relations: [] }];
  });
}

/** Changes a span's label, technique, boundaries or note. */
export function updateSpan(db: Db, params: ValidParamsOf<'updateSpan'>): EditResult {
  return commitEdit(db, params.document, params.annotator, (rowId) => {
    const before = checkOwnSpan(findSpan(db, rowId, params.id), params.id, params.annotator);
    const label = params.label ?? before.label;
    // A new label drops a technique that belongs to the old one.
    const technique =
      params.technique !== undefined ? params.technique : label === before.label ? before.technique : null;
    checkLabel(db, label, technique);
    const start = params.start ?? before.start;
    const end = params.end ?? before.end;
    const after: Span = {
      ...before,
      label,
      technique,
      start,
      end,
      note: params.note ?? before.note,
      quote: quoteAt(db, rowId, start, end),
    };
    return [{ kind: 'span.update', before, after }];
  });
}

/** Deletes a span and the relations that start or end at it. */
export function deleteSpan(db: Db, params: ValidParamsOf<'deleteSpan'>): EditResult {
  return commitEdit(db, params.document, params.annotator, (rowId) => {
    const span = checkOwnSpan(findSpan(db, rowId, params.id), params.id, params.annotator);
    return [{ kind: 'span.delete', span, relations: relationsOfSpan(db, rowId, span.id) }];
  });
}

/** Links two spans with a relation type from the scheme. */
export function createRelation(db: Db, params: ValidParamsOf<'createRelation'>): EditResult {
  return commitEdit(db, params.document, params.annotator, (rowId) => {
    checkRelationType(db, params.type);
    if (params.from === params.to) throw new SpanmarkError('bad_params', 'a relation links two different spans');
    checkOwnSpan(findSpan(db, rowId, params.from), params.from, params.annotator);
    checkOwnSpan(findSpan(db, rowId, params.to), params.to, params.annotator);
    const relation: Relation = {
      id: params.id ?? randomUUID(),
      type: params.type,
      from: params.from,
      to: params.to,
      annotator: params.annotator,
    };
    return [{ kind: 'relation.create', relation }];
  });
}

/** Removes a relation. */
export function deleteRelation(db: Db, params: ValidParamsOf<'deleteRelation'>): EditResult {
  return commitEdit(db, params.document, params.annotator, (rowId) => {
    const relation = findRelation(db, rowId, params.id);
    if (relation === null) throw new SpanmarkError('not_found', `no relation "${params.id}" in this document`);
    if (relation.annotator !== params.annotator) {
      throw new SpanmarkError(
        'conflict',
        `relation "${params.id}" belongs to ${relation.annotator}; annotators edit only their own relations`,
      );
    }
    return [{ kind: 'relation.delete', relation }];
  });
}
