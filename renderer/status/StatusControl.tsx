// The segmented New / In progress / Done control. Native radio buttons underneath, so Tab reaches
// the group and the arrow keys move between the states, as screen readers expect.
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
              name={name}
              value={option}
              checked={status === option}
              disabled={disabled}
              data-testid={`status-option-${option}`}
              onChange={() => onChange(option)}
            />
            <StatusIcon status={option} />
            <span>{STATUS_NAMES[option]}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
