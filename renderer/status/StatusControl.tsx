// The segmented New / In progress / Done control. Native radio buttons underneath, each its own tab
// stop: a status changes only by a click or Space on a state, never by an arrow key, which a reader
// presses to scroll and which would silently mark a document they have not read.
import { useId } from 'react';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../shared/domain';
import { StatusIcon } from './StatusIcon';
import { STATUS_NAMES } from './statusNames';
import '../styles/status.css';

interface StatusControlProps {
  status: DocumentStatus;
  disabled: boolean;
  onChange: (status: DocumentStatus) => void;
}

/** A labelled radio group styled as one segmented button. */
export function StatusControl({ status, disabled, onChange }: StatusControlProps) {
  const name = useId();
  const labelId = `${name}-label`;
  return (
    <div
      role="radiogroup"
      aria-labelledby={labelId}
      aria-disabled={disabled || undefined}
      className={disabled ? 'status-control status-control-disabled' : 'status-control'}
      data-testid="status-control"
      data-status={status}
    >
      <span id={labelId} className="header-label">
        Your status
      </span>
      <div className="segmented">
        {DOCUMENT_STATUSES.map((option) => (
          <label key={option} className={`segment segment-${option}`}>
            <input
              type="radio"
              className="segment-input"
              name={`${name}-${option}`}
              value={option}
              checked={status === option}
              disabled={disabled}
              data-testid={`status-option-${option}`}
              onChange={() => onChange(option)}
              onKeyDown={(event) => {
                if (event.key.startsWith('Arrow')) event.preventDefault();
              }}
            />
            <StatusIcon status={option} />
            <span>{STATUS_NAMES[option]}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
