// The bar at the top of the curation view: how many groups are settled, undo and redo of the gold
// annotator's steps, and Close. It stays in view while the page scrolls.
import type { CurationProgress } from '../../shared/adjudication';
import { ShortcutsButton } from '../keyboard/ShortcutsButton';

interface CurationBarProps {
  progress: CurationProgress | null;
  /** Said instead of the count when there is no progress to show (nothing compared yet). */
  idleText: string;
  busy: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onClose: () => void;
}

/** "12 of 40 settled" with a bar, Undo, Redo and Close. */
export function CurationBar({ progress, idleText, busy, onUndo, onRedo, onClose }: CurationBarProps) {
  const total = progress === null ? 0 : progress.open + progress.decided;
  const settled = progress?.decided ?? 0;
  return (
    <div className="curation-bar" data-testid="curation-bar">
      <span className="curation-bar-title">Curate gold</span>
      <div className="curation-progress">
        <span data-testid="curation-progress" role="status">
          {progress === null ? idleText : `${settled} of ${total} settled`}
        </span>
        <span
          className="curation-progress-track"
          role="progressbar"
          aria-label="Disagreements settled"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={settled}
        >
          <span
            className="curation-progress-fill"
            style={{ width: total === 0 ? '0%' : `${(100 * settled) / total}%` }}
          />
        </span>
      </div>
      <button
        type="button"
        className="button"
        data-testid="curation-undo"
        disabled={busy}
        aria-keyshortcuts="Control+Z Meta+Z"
        onClick={onUndo}
      >
        Undo <kbd>Ctrl+Z</kbd>
      </button>
      <button
        type="button"
        className="button"
        data-testid="curation-redo"
        disabled={busy}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        onClick={onRedo}
      >
        Redo <kbd>Ctrl+Shift+Z</kbd>
      </button>
      <ShortcutsButton />
      <button type="button" className="button" data-testid="curation-close" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
