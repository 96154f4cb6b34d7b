// The title of a document as a text field, in place of its list entry: Enter saves, Escape cancels.
import { useState } from 'react';
import { errorMessage } from '../api/apiCallError';
import { FormError } from '../common/FormError';

interface RenameDocumentFormProps {
  title: string;
  onRename: (title: string) => Promise<void>;
  onDone: () => void;
}

/** Edits a document's title; the service checks and stores it. */
export function RenameDocumentForm({ title, onRename, onDone }: RenameDocumentFormProps) {
  const [value, setValue] = useState(title);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="document-rename"
      data-testid="rename-form"
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        onRename(value).then(onDone, (reason: unknown) => {
          setError(errorMessage(reason));
          setBusy(false);
        });
      }}
    >
      <label className="visually-hidden" htmlFor="document-title-input">
        Title of the document
      </label>
      <input
        id="document-title-input"
        className="input"
        data-testid="rename-input"
        value={value}
        autoFocus
        dir="auto"
        onFocus={(event) => event.target.select()}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onDone();
          }
        }}
      />
      <FormError message={error} testId="rename-error" />
      <div className="document-actions">
        <button type="button" className="button button-quiet" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" data-testid="rename-submit" disabled={busy}>
          Save title
        </button>
      </div>
    </form>
  );
}
