// Says whether everything on screen is in the project file: saved, saving, or not saved and why.
import type { AnnotationSnapshot } from './annotationStore';

/** The toolbar's save indicator; `data-state` is saved, saving or failed. */
export function SaveStatus({ snapshot }: { snapshot: AnnotationSnapshot }) {
  const failed = [...snapshot.saveStates.values()].filter((state) => state === 'failed').length;
  const state = failed > 0 ? 'failed' : snapshot.pendingWrites > 0 ? 'saving' : 'saved';
  const text = state === 'failed' ? `${failed} not saved` : state === 'saving' ? 'Saving…' : 'Saved';
  const title =
    state === 'failed'
      ? 'Some spans could not be saved; select one to retry or discard it.'
      : state === 'saving'
        ? 'Sending your changes to the project file'
        : 'Every change is in the project file';
  return (
    <span
      className={`save-status save-status-${state}`}
      data-testid="save-status"
      data-state={state}
      role="status"
      aria-live="polite"
      title={title}
    >
      <span className="save-status-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
