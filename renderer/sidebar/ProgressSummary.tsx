// The top of the document list: how many documents the annotator has done, a bar, and the
// "Next unfinished" button with its shortcut.
import { NEXT_UNFINISHED_ARIA_KEYS, NEXT_UNFINISHED_LABEL } from '../status/nextUnfinishedKey';
import type { Progress } from '../status/documentProgress';
import { StatusIcon } from '../status/StatusIcon';
import { useNextUnfinishedShortcut } from './useNextUnfinishedShortcut';

interface ProgressSummaryProps {
  progress: Progress;
  annotator: string | null;
  /** Opens the next unfinished document; null when there is none. */
  onOpenNext: (() => void) | null;
}

/** "12 of 40 done", a progress bar and the Next unfinished button. */
export function ProgressSummary({ progress, annotator, onOpenNext }: ProgressSummaryProps) {
  // The keyboard layer gives the shortcut to the workspace only while it is the view on screen.
  useNextUnfinishedShortcut(onOpenNext);
  const allDone = progress.total > 0 && progress.done === progress.total;

  return (
    <section className="progress-summary" aria-label="Your progress" data-testid="progress-summary">
      {annotator === null ? (
        <p className="progress-text progress-text-muted">Choose who annotates to see your progress.</p>
      ) : (
        <p className="progress-text" data-testid="progress-text" data-done={progress.done} data-total={progress.total}>
          <strong>{progress.done}</strong> of {progress.total} done
          {progress.inProgress > 0 && <span className="progress-secondary"> · {progress.inProgress} in progress</span>}
        </p>
      )}
      <progress
        className="progress-bar"
        data-testid="progress-bar"
        aria-label="Documents done"
        value={annotator === null ? 0 : progress.done}
        max={Math.max(progress.total, 1)}
      />
      <button
        type="button"
        className={allDone ? 'button progress-next progress-next-done' : 'button progress-next'}
        data-testid="next-unfinished"
        disabled={onOpenNext === null}
        aria-keyshortcuts={NEXT_UNFINISHED_ARIA_KEYS}
        title={`Open the next document you have not marked done (${NEXT_UNFINISHED_LABEL})`}
        onClick={onOpenNext ?? undefined}
      >
        {allDone && <StatusIcon status="done" />}
        {allDone ? 'All documents done' : onOpenNext === null ? 'No other unfinished document' : 'Next unfinished'}
        {onOpenNext !== null && <kbd>{NEXT_UNFINISHED_LABEL}</kbd>}
      </button>
    </section>
  );
}
