// The document list with one annotator's status of one document changed, for showing a status
// before the API has answered.
import type { DocumentStatus, DocumentSummary } from '../../shared/domain';

/** A copy of `documents` where `annotator`'s status of `documentId` is `status`. */
export function withStatus(
  documents: readonly DocumentSummary[],
  documentId: string,
  annotator: string,
  status: DocumentStatus,
): DocumentSummary[] {
  return documents.map((document) =>
    document.id === documentId ? { ...document, status: { ...document.status, [annotator]: status } } : document,
  );
}
