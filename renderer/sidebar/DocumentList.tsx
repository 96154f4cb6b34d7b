// The project's documents, one button each; the open one is highlighted and can be renamed or
// deleted (Undo delete brings it back). Each shows the current annotator's status and span count;
// the top shows their progress and the way to the next document.
import { useCallback, useMemo, useState } from 'react';
import type { ApiClient } from '../../shared/api';
import type { DeletedDocument, DocumentSummary } from '../../shared/domain';
import { errorMessage } from '../api/apiCallError';
import { countOf } from '../common/plural';
import { nextUnfinished, progressOf, spanCountOf, statusOf } from '../status/documentProgress';
import { StatusIcon } from '../status/StatusIcon';
import { STATUS_NAMES } from '../status/statusNames';
import { DeleteDocumentDialog } from './DeleteDocumentDialog';
import { DeletedNotice } from './DeletedNotice';
import { ProgressSummary } from './ProgressSummary';
import { RenameDocumentForm } from './RenameDocumentForm';
import '../styles/status.css';

interface DocumentListProps {
  documents: readonly DocumentSummary[];
  selectedId: string | null;
  annotator: string | null;
  loading: boolean;
  onOpen: (id: string) => void;
  client: ApiClient;
  /** Told after a rename, delete or restore, to read the list again. */
  onChanged: () => void;
  /** Told after a document was deleted, so a view showing it closes it. */
  onDeleted: (id: string) => void;
}

/** The sidebar: progress, then title, id, length, span count and status of every document. */
export function DocumentList(props: DocumentListProps) {
  const { documents, selectedId, annotator, loading, onOpen, client, onChanged, onDeleted } = props;
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<DocumentSummary | null>(null);
  const [deleted, setDeleted] = useState<DeletedDocument | null>(null);
  const [undoError, setUndoError] = useState<string | null>(null);
  const who = annotator === null ? {} : { annotator };
  const progress = useMemo(() => progressOf(documents, annotator), [documents, annotator]);
  const nextId = useMemo(() => nextUnfinished(documents, selectedId, annotator), [documents, selectedId, annotator]);
  const openNext = useCallback(() => {
    if (nextId !== null) onOpen(nextId);
  }, [nextId, onOpen]);

  return (
    <nav className="sidebar" aria-label="Documents">
      <div className="sidebar-top">
        <div className="sidebar-header">
          <h2 className="sidebar-title">Documents</h2>
          {!loading && <span className="sidebar-count">{documents.length}</span>}
        </div>
        {!loading && documents.length > 0 && (
          <ProgressSummary progress={progress} annotator={annotator} onOpenNext={nextId === null ? null : openNext} />
        )}
      </div>
      {deleted !== null && (
        <DeletedNotice
          deleted={deleted}
          error={undoError}
          onUndo={() => {
            client.restoreDocument({ operation: deleted.operation, ...who }).then(
              () => {
                setDeleted(null);
                setUndoError(null);
                onChanged();
              },
              (reason: unknown) => setUndoError(errorMessage(reason)),
            );
          }}
          onDismiss={() => {
            setDeleted(null);
            setUndoError(null);
          }}
        />
      )}
      <ul className="document-list" data-testid="document-list">
        {documents.map((document) => {
          const selected = document.id === selectedId;
          const status = statusOf(document, annotator);
          const spans = spanCountOf(document, annotator);
          if (document.id === renamingId) {
            return (
              <li key={document.id}>
                <RenameDocumentForm
                  title={document.title}
                  onRename={async (title) => {
                    await client.renameDocument({ document: document.id, title, ...who });
                    onChanged();
                  }}
                  onDone={() => setRenamingId(null)}
                />
              </li>
            );
          }
          return (
            <li key={document.id}>
              <button
                type="button"
                className={selected ? 'document-item document-item-selected' : 'document-item'}
                data-testid="document-item"
                data-document-id={document.id}
                data-status={status}
                aria-current={selected ? 'true' : undefined}
                onClick={() => onOpen(document.id)}
              >
                <span className="document-title" dir="auto">
                  {document.title.trim() === '' ? document.id : document.title}
                </span>
                <span className="document-id-line">
                  <span className="document-id">{document.id}</span>
                  <span
                    className={`status-badge status-${status}`}
                    data-testid="document-status"
                    data-status={status}
                    title={
                      annotator === null
                        ? 'Choose who annotates to track status'
                        : `${annotator}: ${STATUS_NAMES[status]}`
                    }
                  >
                    <StatusIcon status={status} />
                    <span className={status === 'new' ? 'visually-hidden' : undefined}>{STATUS_NAMES[status]}</span>
                  </span>
                </span>
                <span className="meta-line document-meta">
                  <span>{countOf(document.length, 'character')}</span>
                  <span
                    data-testid="document-span-count"
                    title={annotator === null ? 'Spans by all annotators' : `Spans by ${annotator}`}
                  >
                    {countOf(spans, 'span')}
                  </span>
                </span>
              </button>
              {selected && (
                <div className="document-actions document-item-actions">
                  <button
                    type="button"
                    className="button button-quiet"
                    data-testid="rename-document"
                    onClick={() => setRenamingId(document.id)}
                  >
                    Rename
                  </button>
                  <button
                    type="button"
                    className="button button-quiet"
                    data-testid="delete-document"
                    onClick={() => setDeleting(document)}
                  >
                    Delete…
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {!loading && documents.length === 0 && <p className="sidebar-empty">No documents yet.</p>}
      {deleting !== null && (
        <DeleteDocumentDialog
          document={deleting}
          onCancel={() => setDeleting(null)}
          onDelete={async () => {
            const result = await client.deleteDocument({ document: deleting.id, ...who });
            setDeleting(null);
            setUndoError(null);
            setDeleted(result);
            onDeleted(result.document);
            onChanged();
          }}
        />
      )}
    </nav>
  );
}
