// Asks for a new annotator's name; the API checks it and its message is shown as is.
import { useState } from 'react';
import { errorMessage } from '../api/apiCallError';
import { FormError } from '../common/FormError';
import { ModalDialog } from '../common/ModalDialog';

interface NewAnnotatorDialogProps {
  onCreate: (name: string) => Promise<void>;
  onCancel: () => void;
}

/** A small form with a name field; stays open with the error when creating fails. */
export function NewAnnotatorDialog({ onCreate, onCancel }: NewAnnotatorDialogProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <ModalDialog title="New annotator" onClose={onCancel} testId="new-annotator-dialog">
      <form
        className="modal-form"
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          setError(null);
          onCreate(name).catch((failure: unknown) => {
            setError(errorMessage(failure));
            setBusy(false);
          });
        }}
      >
        <label className="field">
          <span className="field-label">Name</span>
          <input
            className="input"
            data-testid="new-annotator-name"
            value={name}
            autoFocus
            maxLength={80}
            placeholder="e.g. alice"
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <p className="field-hint">Spans you add are recorded under this name.</p>
        <FormError message={error} testId="new-annotator-error" />
        <div className="modal-actions">
          <button type="button" className="button button-quiet" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" data-testid="new-annotator-submit" disabled={busy}>
            Create
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
