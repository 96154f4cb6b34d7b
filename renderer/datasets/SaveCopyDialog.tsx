// Save a copy…: one complete file of the project, every saved edit included, to send to a colleague
// or keep as a backup. The app asks where with a native dialog; a browser downloads the copy.
import { useState } from 'react';
import type { ApiClient, CopyReport } from '../../shared/api';
import type { DesktopBridge } from '../../shared/bridge';
import { errorMessage } from '../api/apiCallError';
import { FormError } from '../common/FormError';
import { ModalForm } from '../common/ModalForm';
import { triggerDownload } from './triggerDownload';

interface SaveCopyDialogProps {
  client: ApiClient;
  desktop: DesktopBridge | null;
  projectName: string;
  onClose: () => void;
}

/** The Save a copy… dialog. */
export function SaveCopyDialog({ client, desktop, projectName, onClose }: SaveCopyDialogProps) {
  const [busy, setBusy] = useState(false);
  const [copy, setCopy] = useState<CopyReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      let out: string | undefined;
      if (desktop !== null) {
        const picked = await desktop.pickExportPath('file', `${projectName} copy.spanmark`);
        if (picked === null) return;
        out = picked;
      }
      const saved = await client.saveCopy({ out });
      setCopy(saved);
      if (saved.download !== null) triggerDownload(saved.download);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalForm
      title="Save a copy of this project"
      onClose={onClose}
      testId="save-copy-dialog"
      onSubmit={() => void save()}
    >
      <p className="field-hint">
        Writes the whole project, with every saved edit, to one .spanmark file you can send to a colleague (who merges
        it with Data → Merge other copies…) or keep as a backup. You keep working in this project.
      </p>
      {copy !== null && (
        <div className="job-report" data-testid="save-copy-report" role="status">
          <p>{desktop !== null ? `Saved the copy to ${copy.path}.` : 'The copy is downloading.'}</p>
        </div>
      )}
      <FormError message={error} testId="save-copy-error" />
      <div className="modal-actions">
        <button type="button" className="button button-quiet" onClick={onClose}>
          {copy !== null ? 'Close' : 'Cancel'}
        </button>
        <button type="submit" className="button button-primary" data-testid="save-copy-submit" disabled={busy}>
          Save a copy
        </button>
      </div>
    </ModalForm>
  );
}
