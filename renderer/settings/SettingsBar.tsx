// The bar at the top of the settings view: whether there are unsaved changes or problems, the
// Cancel/Close and Save buttons, and why the last save was refused. It stays in view while the
// list scrolls.
import { countOf } from '../common/plural';
import { ShortcutsButton } from '../keyboard/ShortcutsButton';

interface SettingsBarProps {
  unsaved: boolean;
  problemCount: number;
  busy: boolean;
  /** True right after a save, until the next edit. */
  saved: boolean;
  /** Why the last save was refused; shown here, so it is in view wherever the list is scrolled. */
  serverError: string | null;
  onSave: () => void;
  onClose: () => void;
}

/** Save state in words, and the buttons; Save waits for changes and for the problems to be fixed. */
export function SettingsBar({ unsaved, problemCount, busy, saved, serverError, onSave, onClose }: SettingsBarProps) {
  return (
    <div className="settings-bar-area">
      <div className="settings-bar" data-testid="settings-bar">
        <span className="settings-bar-title">Settings</span>
        <p className="settings-state" role="status" data-testid="settings-state" data-unsaved={unsaved}>
          {problemCount > 0 ? (
            <span className="state-problems" data-testid="settings-problem-count">
              {countOf(problemCount, 'problem')} to fix before saving
            </span>
          ) : unsaved ? (
            <span className="state-unsaved">Unsaved changes</span>
          ) : saved ? (
            <span className="state-saved" data-testid="settings-saved">
              Saved — the editor now uses this scheme
            </span>
          ) : (
            <span className="state-clean">No changes</span>
          )}
        </p>
        <ShortcutsButton />
        <button type="button" className="button" data-testid="settings-cancel" onClick={onClose}>
          {unsaved ? 'Cancel' : 'Close'}
        </button>
        <button
          type="button"
          className="button button-primary"
          data-testid="settings-save"
          disabled={!unsaved || problemCount > 0 || busy}
          onClick={onSave}
        >
          {busy ? 'Saving…' : 'Save'}
        </button>
      </div>
      {serverError !== null && (
        <p className="form-error settings-error" role="alert" data-testid="settings-error">
          <strong>Not saved:</strong> {serverError}
        </p>
      )}
    </div>
  );
}
