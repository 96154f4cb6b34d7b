// The rule "the first saved span marks a new document in progress for its annotator", kept here so
// every door (the window, a second window, the CLI, curation) obeys it inside the edit's transaction.
// The edit names its document, so a slow save can never mark another one.
import type { AnnotationChange, StatusChange } from '../../../shared/domain';
import { ensureAnnotator } from '../../db/annotators';
import { readDocumentStatus, writeDocumentStatus } from '../../db/documents';
import type { Db } from '../../db/open';

/**
 * Marks the document in progress for `annotator` when the changes create one of their spans and
 * their status is still new. Returns what changed, for the edit's log entry and answer; undoing the
 * edit later leaves the status as it is (a status moves only forward by itself, back only by hand).
 */
export function startOnFirstSpan(
  db: Db,
  documentRowId: number,
  annotator: string,
  changes: readonly AnnotationChange[],
): StatusChange | null {
  if (!changes.some((change) => change.kind === 'span.create' && change.span.annotator === annotator)) return null;
  const annotatorId = ensureAnnotator(db, annotator);
  if (readDocumentStatus(db, documentRowId, annotatorId) !== 'new') return null;
  writeDocumentStatus(db, documentRowId, annotatorId, 'in_progress');
  return { annotator, from: 'new', to: 'in_progress' };
}
