// A small round mark per status: empty (new), half full (in progress), full with a tick (done),
// so a glance down the document list reads like a checklist, in colour or not.
import type { DocumentStatus } from '../../shared/domain';

interface StatusIconProps {
  status: DocumentStatus;
}

/** The status's icon; decorative, the text beside it (visible or not) names the status. */
export function StatusIcon({ status }: StatusIconProps) {
  return (
    <svg className={`status-icon status-icon-${status}`} viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <circle
        cx="8"
        cy="8"
        r="6.25"
        fill={status === 'done' ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.5"
      />
      {status === 'in_progress' && <path d="M8 1.75a6.25 6.25 0 0 1 0 12.5z" fill="currentColor" />}
      {status === 'done' && (
        <path
          d="M5 8.2l2 2 4-4.2"
          fill="none"
          stroke="var(--bg)"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      )}
    </svg>
  );
}
