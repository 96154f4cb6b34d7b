// Renaming, deleting and restoring whole documents. A delete is one entry of the operation log that
// carries the full document with its annotations, so restoring it (the list's "Undo delete", or any
// later time) needs nothing else.
import type { DeletedDocument } from '../../../shared/domain';
import { SpanmarkError } from '../../../shared/errors';
import { deleteDocumentRow, findDocument, retitleDocument, getDocument } from '../../db/documents';
import { restoreSnapshot, snapshotDocument, type DocumentSnapshot } from '../../db/documentSnapshot';
import type { Db } from '../../db/open';
import { logOperation } from '../../db/operations';
import { getScheme } from '../../db/scheme';
import { prepared } from '../../db/statements';
import { documentRowId } from './editDocument';
import { writeTransaction } from '../../db/writeTransaction';

/** Gives a document another title (the text and id stay as they are). */
export function renameDocument(db: Db, document: string, title: string, annotator: string | null): string {
  return writeTransaction(db, (): string => {
    const rowId = documentRowId(db, document);
    const before = getDocument(db, document)!.title;
    if (before !== title) {
      retitleDocument(db, rowId, title);
      logOperation(db, 'document.rename', annotator, { before, after: title }, document);
    }
    return title;
  });
}

/** Deletes a document with its spans, relations, statuses and curation decisions; the log keeps all of it. */
export function deleteDocument(db: Db, document: string, annotator: string | null): DeletedDocument {
  return writeTransaction(db, (): DeletedDocument => {
    const rowId = documentRowId(db, document);
    const snapshot = snapshotDocument(db, rowId, document);
    deleteDocumentRow(db, rowId);
    const operation = logOperation(db, 'document.delete', annotator, { document: snapshot }, document);
    const spans: Record<string, number> = {};
    for (const span of snapshot.spans) spans[span.annotator] = (spans[span.annotator] ?? 0) + 1;
    return { document, title: snapshot.title, operation, spans, relations: snapshot.relations.length };
  });
}

/** Puts back the document a delete (named by its log entry) took away; returns its id. */
export function restoreDocument(db: Db, operation: number, annotator: string | null): string {
  return writeTransaction(db, (): string => {
    const entry = prepared(db, 'SELECT kind, payload FROM operations WHERE id = ?').get(operation) as
      { kind: string; payload: string } | undefined;
    if (entry?.kind !== 'document.delete')
      throw new SpanmarkError('not_found', `operation ${operation} is not the delete of a document`);
    const { document: snapshot } = JSON.parse(entry.payload) as { document: DocumentSnapshot };
    if (findDocument(db, snapshot.id) !== null) {
      throw new SpanmarkError(
        'conflict',
        `a document with id "${snapshot.id}" is in the project again (restored or imported since); delete or rename that one first`,
      );
    }
    checkSchemeStillHas(db, snapshot);
    restoreSnapshot(db, snapshot);
    logOperation(db, 'document.restore', annotator, { target: operation }, snapshot.id);
    return snapshot.id;
  });
}

// A label or relation type removed from the scheme after the delete cannot carry the spans again.
function checkSchemeStillHas(db: Db, snapshot: DocumentSnapshot): void {
  const scheme = getScheme(db);
  const labels = new Set(scheme.labels.map((label) => label.key));
  const missing = [
    ...new Set(snapshot.spans.flatMap((span) => [span.label, ...(span.technique === null ? [] : [span.technique])])),
  ].filter((key) => !labels.has(key));
  const types = new Set(scheme.relationTypes.map((type) => type.key));
  missing.push(...new Set(snapshot.relations.map((relation) => relation.type).filter((type) => !types.has(type))));
  if (missing.length > 0) {
    throw new SpanmarkError(
      'conflict',
      `the document's spans use ${missing.map((key) => `"${key}"`).join(', ')}, no longer in this project's scheme; add them back in Settings, then restore it`,
    );
  }
}
