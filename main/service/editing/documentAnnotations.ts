import type { DocumentAnnotations, DocumentStatus } from '../../../shared/domain';
import { relationsOfDocument, spansOfDocument } from '../../db/annotationRows';
import { ensureAnnotator } from '../../db/annotators';
import { writeDocumentStatus } from '../../db/documents';
import { editHistory } from '../../db/editHistory';
import type { Db } from '../../db/open';
import { logOperation } from '../../db/operations';
import { writeTransaction } from '../../db/writeTransaction';
import { documentRowId } from './editDocument';

/** The spans and relations of the named annotators in a document, and the acting annotator's history. */
export function documentAnnotations(
  db: Db,
  document: string,
  annotators: string[],
  actingAnnotator: string,
): DocumentAnnotations {
  const rowId = documentRowId(db, document);
  return {
    document,
    spans: spansOfDocument(db, rowId, annotators),
    relations: relationsOfDocument(db, rowId, annotators),
    history: editHistory(db, document, actingAnnotator),
  };
}

/** Records how far an annotator is with a document. */
export function setDocumentStatus(db: Db, document: string, annotator: string, status: DocumentStatus): void {
  writeTransaction(db, () => {
    const rowId = documentRowId(db, document);
    writeDocumentStatus(db, rowId, ensureAnnotator(db, annotator), status);
    logOperation(db, 'status.set', annotator, { status }, document);
  });
}
