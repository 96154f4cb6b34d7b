// One labelled field of a scheme row, with its problem (if any) right under it and tied to it for
// screen readers.
import { useId, type ReactNode } from 'react';

interface SchemeFieldProps {
  label: string;
  /** Spoken label when the visible one is shared by a whole column, e.g. "Name of Claim". */
  ariaLabel?: string;
  error: string | undefined;
  className?: string;
  /** Renders the control with the ids it must carry. */
  children: (control: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined; 'aria-label': string | undefined }) => ReactNode;
}

/** A label, a control and its error message. */
export function SchemeField({ label, ariaLabel, error, className, children }: SchemeFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={`scheme-field ${className ?? ''}`}>
      <label className="scheme-field-label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-invalid': error !== undefined, 'aria-describedby': error === undefined ? undefined : errorId, 'aria-label': ariaLabel })}
      {error !== undefined && (
        <p className="field-error" id={errorId} data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
