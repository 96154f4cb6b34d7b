// The key field of a scheme row: fixed text for stored rows, an input for new ones.
import { SchemeField } from './SchemeField';

interface KeyFieldProps {
  row: { key: string; isNew: boolean; name: string };
  error: string | undefined;
  /** Where the row shows the key's problem. */
  errorId: string;
  testId: string;
  onChange: (key: string) => void;
}

/** A stored key is fixed (spans, files and exports refer to it); a new row's key can be typed. */
export function KeyField({ row, error, errorId, testId, onChange }: KeyFieldProps) {
  const title = row.name.trim() === '' ? 'new item' : row.name;
  if (!row.isNew) {
    return (
      <div className="scheme-field scheme-field-key">
        <span className="scheme-field-label">Key</span>
        <code
          className="fixed-key"
          data-testid={testId}
          title="Keys are fixed once created: spans and exported files use them"
        >
          {row.key}
        </code>
      </div>
    );
  }
  return (
    <SchemeField label="Key" ariaLabel={`Key of ${title}`} error={error} errorId={errorId} className="scheme-field-key">
      {(control) => (
        <input
          {...control}
          className="input input-key"
          data-testid={testId}
          value={row.key}
          maxLength={100}
          spellCheck={false}
          autoComplete="off"
          placeholder="from the name"
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </SchemeField>
  );
}
