// The "? shortcuts" button each view's toolbar carries: it says where the shortcut sheet is and opens it.
import { openShortcutSheet } from './keyboardRegistry';

/** A quiet button reading "? shortcuts" that opens the sheet of the view on screen. */
export function ShortcutsButton() {
  return (
    <button
      type="button"
      className="button button-quiet shortcuts-button"
      data-testid="shortcuts-button"
      title="Keyboard shortcuts of this view (? or F1)"
      aria-keyshortcuts="Shift+? F1"
      onMouseDown={(event) => event.preventDefault()}
      onClick={openShortcutSheet}
    >
      <kbd>?</kbd> shortcuts
    </button>
  );
}
