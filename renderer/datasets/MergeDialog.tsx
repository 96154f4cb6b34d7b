// Merge…: bring in other copies of this project, annotated on other laptops. The app asks with a
// native dialog; a browser uploads the picked .spanmark files to the host first.
import { useState } from 'react';
import type { ApiClient } from '../../shared/api';
import type { DesktopBridge } from '../../shared/bridge';
import type { ImportReport } from '../../shared/domain';
import { errorMessage } from '../api/apiCallError';
import { countOf } from '../common/plural';
import { FormError } from '../common/FormError';
import { ModalForm } from '../common/ModalForm';
import { pickedFiles, uploadFiles, type PickedFile } from './uploadFiles';

interface MergeDialogProps {
  client: ApiClient;
  desktop: DesktopBridge | null;
  onMerged: () => void;
  onClose: () => void;
}

/** The Merge… dialog. */
export function MergeDialog({ client, desktop, onMerged, onClose }: MergeDialogProps) {
  const [paths, setPaths] = useState<string[] | null>(null);
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const chosen = desktop !== null ? (paths ?? []).join(', ') : files.map((f) => f.relativePath).join(', ');

  const merge = async () => {
    setBusy(true);
    setError(null);
    try {
      const sources = desktop !== null ? (paths ?? []) : (await uploadFiles(files, () => undefined)).paths;
      setReport(await client.mergeProjects({ paths: sources }));
      onMerged();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalForm
      title="Merge other copies of this project"
      onClose={onClose}
      testId="merge-dialog"
      onSubmit={() => void merge()}
    >
      <p className="field-hint">
        Brings in the spans, relations and statuses of annotators who worked on a copy of this project on another
        computer. Documents are matched by id and text; span ids are kept, so merging the same file twice adds nothing.
        The other files are only read.
      </p>
      <div className="picker-row">
        {desktop !== null ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void desktop.pickImportPaths('files').then((picked) => picked && setPaths(picked))}
          >
            Choose project files…
          </button>
        ) : (
          <label className="button file-button">
            Choose project files…
            <input
              type="file"
              multiple
              hidden
              accept=".spanmark"
              data-testid="merge-files"
              disabled={busy}
              onChange={(event) => setFiles(pickedFiles(event.target.files))}
            />
          </label>
        )}
      </div>
      <span className="field-hint" data-testid="merge-source">
        {chosen === '' ? 'Nothing chosen yet' : chosen}
      </span>
      {report !== null && (
        <div className="job-report" data-testid="merge-report" role="status">
          <p>
            Merged {countOf(report.documentsMatched, 'document')}: {countOf(report.spansAdded, 'span')} and{' '}
            {countOf(report.relationsAdded, 'relation')} added.
          </p>
          {[
            ...report.unmatched.map((line) => `Not matched: ${line}`),
            ...report.conflicts.map((line) => `Conflict: ${line}`),
          ].map((line) => (
            <span key={line} className="job-warning">
              {line}
            </span>
          ))}
        </div>
      )}
      <FormError message={error} testId="merge-error" />
      <div className="modal-actions">
        <button type="button" className="button button-quiet" onClick={onClose}>
          {report !== null ? 'Close' : 'Cancel'}
        </button>
        <button
          type="submit"
          className="button button-primary"
          data-testid="merge-submit"
          disabled={busy || chosen === ''}
        >
          Merge
        </button>
      </div>
    </ModalForm>
  );
}
