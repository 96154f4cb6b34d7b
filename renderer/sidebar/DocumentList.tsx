// The project's documents, one button each; the open one is highlighted.
import type { DocumentStatus, DocumentSummary } from '../../shared/domain';
import { countOf } from '../common/plural';

interface DocumentListProps {
  documents: readonly DocumentSummary[];
  selectedId: string | null;
  annotator: string | null;
  loading: boolean;
  onOpen: (id: string) => void;
}

const STATUS_NAMES: Record<DocumentStatus, string> = { new: 'New', in_progress: 'In progress', done: 'Done' };

/** The sidebar: title, id, length and span count of every document. */
export function DocumentList({ documents, selectedId, annotator, loading, onOpen }: DocumentListProps) {
  return (
    <nav className="sidebar" aria-label="Documents">
      <div className="sidebar-header">
        <h2 className="sidebar-title">Documents</h2>
        {!loading && <span className="sidebar-count">{documents.length}</span>}
      </div>
      <ul className="document-list" data-testid="document-list">
        {documents.map((document) => {
          const selected = document.id === selectedId;
          const status = annotator === null ? 'new' : (document.status[annotator] ?? 'new');
          return (
            <li key={document.id}>
              <button
                type="button"
                className={selected ? 'document-item document-item-selected' : 'document-item'}
                data-testid="document-item"
                data-document-id={document.id}
                aria-current={selected ? 'true' : undefined}
                onClick={() => onOpen(document.id)}
              >
                <span className="document-title" dir="auto">
                  {document.title.trim() === '' ? document.id : document.title}
                </span>
                <span className="document-id">{document.id}</span>
                <span className="meta-line document-meta">
                  <span>{countOf(document.length, 'character')}</span>
                  <span>{countOf(document.spanCount, 'span')}</span>
                  {status !== 'new' && <span className={`status-badge status-${status}`}>{STATUS_NAMES[status]}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {!loading && documents.length === 0 && <p className="sidebar-empty">No documents yet.</p>}
    </nav>
  );
}
