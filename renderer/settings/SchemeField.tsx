// One labelled field of a scheme row. Its problem is tied to it for screen readers; it is shown
// right under the field, or (for the narrow fields of a row) in the row's list of problems.
import { useId, type ReactNode } from 'react';

interface SchemeFieldProps {
  label: string;
  /** Spoken label when the visible one is shared by a whole column, e.g. "Name of Claim". */
  ariaLabel?: string;
  error: string | undefined;
  /** The id of the element showing the error, when the row shows it (see `FieldErrors`). */
  errorId?: string;
  className?: string;
  /** Renders the control with the attributes it must carry. */
  children: (control: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
    'aria-label': string | undefined;
  }) => ReactNode;
}

/** A label, a control and, unless the row shows it, its error message. */
export function SchemeField({ label, ariaLabel, error, errorId, className, children }: SchemeFieldProps) {
  const id = useId();
  const describedBy = errorId ?? `${id}-error`;
  return (
    <div className={`scheme-field ${className ?? ''}`}>
      <label className="scheme-field-label" htmlFor={id}>
        {label}
      </label>
      {children({
        id,
        'aria-invalid': error !== undefined,
        'aria-describedby': error === undefined ? undefined : describedBy,
        'aria-label': ariaLabel,
      })}
      {error !== undefined && errorId === undefined && (
        <p className="field-error" id={describedBy} data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
