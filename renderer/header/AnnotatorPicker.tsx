// Picks who annotates; the last entry creates a new annotator.
import { useId, useState } from 'react';
import { NewAnnotatorDialog } from './NewAnnotatorDialog';

// Annotator names cannot contain a comma (shared/api.ts), so this value is never a real name.
const NEW_ANNOTATOR = ',new';

interface AnnotatorPickerProps {
  annotators: readonly string[];
  current: string | null;
  disabled: boolean;
  onChoose: (annotator: string) => void;
  onCreate: (name: string) => Promise<string>;
}

/** A labelled select of the project's annotators with a "New annotator…" entry. */
export function AnnotatorPicker({ annotators, current, disabled, onChoose, onCreate }: AnnotatorPickerProps) {
  const [creating, setCreating] = useState(false);
  const selectId = useId();
  // A default from `serve --annotator` may not have a row yet; it still has to be selectable.
  const names = current !== null && !annotators.includes(current) ? [...annotators, current] : annotators;

  return (
    // Not one <label> around everything: a click inside the dialog would reach the select.
    <div className="annotator-picker">
      <label className="header-label" htmlFor={selectId}>
        Annotator
      </label>
      <select
        id={selectId}
        data-testid="annotator-picker"
        className="select"
        value={current ?? ''}
        disabled={disabled}
        onChange={(event) => {
          if (event.target.value === NEW_ANNOTATOR) setCreating(true);
          else if (event.target.value !== '') onChoose(event.target.value);
        }}
      >
        {current === null && (
          <option value="" disabled>
            Choose who annotates…
          </option>
        )}
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
        <option value={NEW_ANNOTATOR}>New annotator…</option>
      </select>
      {creating && (
        <NewAnnotatorDialog
          onCancel={() => setCreating(false)}
          onCreate={async (name) => {
            const created = await onCreate(name);
            onChoose(created);
            setCreating(false);
          }}
        />
      )}
    </div>
  );
}
