// What makes a span or relation acceptable: offsets inside the text, labels and relation types
// from the project's scheme, and the annotator editing only their own work.
import type { Label, Span } from '../../../shared/domain';
import { SpanmarkError } from '../../../shared/errors';
import { offsetMapFor, sliceCodePoints } from '../../../shared/offsets';
import type { Db } from '../../db/open';
import { getScheme } from '../../db/scheme';
import { prepared } from '../../db/statements';

/** The covered text of a span, after checking the offsets against the document. */
export function quoteAt(db: Db, documentRowId: number, start: number, end: number): string {
  const text = prepared(db, 'SELECT text FROM documents WHERE id = ?').pluck().get(documentRowId) as string;
  const map = offsetMapFor(text);
  if (start >= end) throw new SpanmarkError('bad_params', `a span needs start < end (got ${start}-${end})`);
  if (end > map.codePointLength) {
    throw new SpanmarkError(
      'bad_params',
      `end ${end} is past the end of the text (${map.codePointLength} code points)`,
    );
  }
  return sliceCodePoints(text, start, end, map);
}

/** Checks a label and technique against the scheme; a technique must sit under the label. */
export function checkLabel(db: Db, label: string, technique: string | null): void {
  const labels = new Map<string, Label>(getScheme(db).labels.map((l) => [l.key, l]));
  const found = labels.get(label);
  if (found === undefined || found.parent !== null) {
    throw new SpanmarkError(
      'bad_params',
      `"${label}" is not a label of this project's scheme; add it in Settings first`,
    );
  }
  if (technique === null) return;
  if (labels.get(technique)?.parent !== label) {
    throw new SpanmarkError('bad_params', `"${technique}" is not a technique of "${label}" in this project's scheme`);
  }
}

/** Checks that a relation type is in the scheme. */
export function checkRelationType(db: Db, type: string): void {
  if (!getScheme(db).relationTypes.some((t) => t.key === type)) {
    throw new SpanmarkError(
      'bad_params',
      `"${type}" is not a relation type of this project's scheme; add it in Settings first`,
    );
  }
}

/** Refuses edits to another annotator's spans, which are shown read-only. */
export function checkOwnSpan(span: Span | null, id: string, annotator: string): Span {
  if (span === null)
    throw new SpanmarkError('not_found', `no span "${id}" in this document; it may have been deleted elsewhere`);
  if (span.annotator !== annotator) {
    throw new SpanmarkError(
      'conflict',
      `span "${id}" belongs to ${span.annotator}; annotators edit only their own spans`,
    );
  }
  return span;
}
