// After a delete: what went, and the one button that brings it back.
import type { DeletedDocument } from '../../shared/domain';
import { countOf } from '../common/plural';

interface DeletedNoticeProps {
  deleted: DeletedDocument;
  error: string | null;
  onUndo: () => void;
  onDismiss: () => void;
}

/** "Deleted “Title” and its 3 spans. [Undo delete] [✕]" */
export function DeletedNotice({ deleted, error, onUndo, onDismiss }: DeletedNoticeProps) {
  const spans = Object.values(deleted.spans).reduce((sum, count) => sum + count, 0);
  return (
    <div className="deleted-notice" role="status" data-testid="deleted-notice">
      <p className="deleted-notice-message">
        Deleted <strong dir="auto">{deleted.title}</strong>
        {spans > 0 ? ` and its ${countOf(spans, 'span')}.` : '.'}
      </p>
      {error !== null && (
        <p className="form-error" role="alert" data-testid="undo-delete-error">
          {error}
        </p>
      )}
      <div className="document-actions">
        <button type="button" className="button" data-testid="undo-delete" onClick={onUndo}>
          Undo delete
        </button>
        <button type="button" className="button button-quiet" aria-label="Dismiss" onClick={onDismiss}>
          ✕
        </button>
      </div>
    </div>
  );
}
