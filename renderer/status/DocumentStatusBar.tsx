// The bar above the open article: the current annotator's status of it.
import type { DocumentStatus } from '../../shared/domain';
import { StatusControl } from './StatusControl';

interface DocumentStatusBarProps {
  status: DocumentStatus;
  /** Null until someone is chosen in the header; statuses belong to an annotator. */
  annotator: string | null;
  onChange: (status: DocumentStatus) => void;
}

/** The status control, and why it is disabled when it is. */
export function DocumentStatusBar({ status, annotator, onChange }: DocumentStatusBarProps) {
  return (
    <div className="document-status-bar" data-testid="document-status-bar">
      <StatusControl status={status} disabled={annotator === null} onChange={onChange} />
      {annotator === null && (
        <p className="document-status-hint">Choose who annotates (top right) to track your progress.</p>
      )}
    </div>
  );
}
