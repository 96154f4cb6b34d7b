// Asks for the path of a project file to open or create. Failures stay in the dialog, in words.
import { useState } from 'react';
import { errorMessage } from '../api/apiCallError';
import { FormError } from '../common/FormError';
import { ModalDialog } from '../common/ModalDialog';
import type { OpenProject } from './OpenProjectControl';

interface OpenProjectDialogProps {
  initialPath: string;
  onSubmit: OpenProject;
  onCancel: () => void;
}

/** A path field with Open and Create buttons; shows the API's error message when either fails. */
export function OpenProjectDialog({ initialPath, onSubmit, onCancel }: OpenProjectDialogProps) {
  const [path, setPath] = useState(initialPath);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (mode: 'open' | 'create') => {
    setBusy(true);
    setError(null);
    onSubmit(path.trim(), mode).catch((failure: unknown) => {
      setError(errorMessage(failure));
      setBusy(false);
    });
  };

  return (
    <ModalDialog title="Open a project" onClose={onCancel} testId="open-project-dialog">
      <form
        className="modal-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit('open');
        }}
      >
        <label className="field">
          <span className="field-label">Project file</span>
          <input
            className="input input-path"
            data-testid="project-path-input"
            value={path}
            autoFocus
            spellCheck={false}
            placeholder="/home/me/research/articles.spanmark"
            onChange={(event) => setPath(event.target.value)}
          />
        </label>
        <p className="field-hint">
          The full path of a <code>.spanmark</code> file on the computer running Spanmark. Create makes a new, empty
          project there.
        </p>
        <FormError message={error} testId="open-project-error" />
        <div className="modal-actions">
          <button type="button" className="button button-quiet" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="button"
            data-testid="create-project-submit"
            disabled={busy}
            onClick={() => submit('create')}
          >
            Create
          </button>
          <button type="submit" className="button button-primary" data-testid="open-project-submit" disabled={busy}>
            Open
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
