// Asks before a document is deleted, saying what goes with it: how many spans, and whose.
import { useState } from 'react';
import type { DocumentSummary } from '../../shared/domain';
import { errorMessage } from '../api/apiCallError';
import { FormError } from '../common/FormError';
import { ModalDialog } from '../common/ModalDialog';
import { countOf } from '../common/plural';

interface DeleteDocumentDialogProps {
  document: DocumentSummary;
  onDelete: () => Promise<void>;
  onCancel: () => void;
}

/** "“Title” goes with its 3 spans: ana 2, bo 1." */
export function whatGoesWith(document: DocumentSummary): string {
  const owners = Object.entries(document.spanCounts).filter(([, count]) => count > 0);
  const total = owners.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return 'It has no spans.';
  const whose = owners.map(([annotator, count]) => `${annotator} ${count}`).join(', ');
  return `${countOf(total, 'span')} go with it (${whose}), and their links, statuses and curation decisions.`;
}

/** The confirmation of a delete; Undo delete in the list brings the document back. */
export function DeleteDocumentDialog({ document, onDelete, onCancel }: DeleteDocumentDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const title = document.title.trim() === '' ? document.id : document.title;
  return (
    <ModalDialog title="Delete this document?" onClose={onCancel} testId="delete-document-dialog">
      <div className="modal-form">
        <p data-testid="delete-document-summary">
          <strong dir="auto">{title}</strong> ({document.id}) will be removed from the project. {whatGoesWith(document)}
        </p>
        <p className="field-hint">Undo delete, in the document list, brings all of it back.</p>
        <FormError message={error} testId="delete-document-error" />
        <div className="modal-actions">
          <button type="button" className="button button-quiet" onClick={onCancel} autoFocus>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            data-testid="confirm-delete-document"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              onDelete().catch((reason: unknown) => {
                setError(errorMessage(reason));
                setBusy(false);
              });
            }}
          >
            Delete document
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
