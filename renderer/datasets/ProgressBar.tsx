// A labelled progress bar; indeterminate while the total is unknown.

interface ProgressBarProps {
  label: string;
  done: number;
  total: number | null;
  testId?: string;
}

/** Shows how far a long job is, e.g. "Importing… 42%". */
export function ProgressBar({ label, done, total, testId }: ProgressBarProps) {
  const percent = total === null || total === 0 ? null : Math.min(100, Math.round((done / total) * 100));
  return (
    <div className="progress" data-testid={testId}>
      <div className="progress-label">
        <span>{label}</span>
        {percent !== null && <span>{percent}%</span>}
      </div>
      <progress className="progress-bar" value={percent ?? undefined} max={100} aria-label={label} />
    </div>
  );
}
