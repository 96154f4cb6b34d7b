// The problems of a row's narrow fields, in one full-width list under the row, each naming its field.
import type { DraftField, DraftProblems } from './draftValidation';
import { fieldKey } from './draftValidation';

const FIELD_NAMES: Record<DraftField, string> = {
  key: 'Key',
  name: 'Name',
  color: 'Colour',
  shortcut: 'Shortcut',
  description: 'Guideline',
};

/** The id of the element that shows a field's problem. */
export function fieldErrorId(rowId: string, field: DraftField): string {
  return `${rowId}-${field}-error`;
}

interface FieldErrorsProps {
  rowId: string;
  fields: readonly DraftField[];
  problems: DraftProblems;
}

/** "Shortcut: the key 1 is already …" lines for the given fields of a row; nothing when all are fine. */
export function FieldErrors({ rowId, fields, problems }: FieldErrorsProps) {
  const shown = fields.flatMap((field) => {
    const message = problems.fields.get(fieldKey(rowId, field));
    return message === undefined ? [] : [{ field, message }];
  });
  if (shown.length === 0) return null;
  return (
    <ul className="row-problems">
      {shown.map(({ field, message }) => (
        <li
          key={field}
          className="field-error"
          id={fieldErrorId(rowId, field)}
          data-testid="field-error"
          data-field={field}
        >
          <strong>{FIELD_NAMES[field]}:</strong> {message}
        </li>
      ))}
    </ul>
  );
}
