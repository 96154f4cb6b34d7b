// The curation view's keyboard: J/K or the left/right arrows walk the groups, up/down choose a
// version, 1-9 accept version n, Enter accepts the chosen one, E edits it, R rejects all,
// Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo the gold annotator's steps.
import type { KeyChord } from '../common/keyChord';

/** What a key does in the curation view. */
export type CurationCommand =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'choose'; delta: 1 | -1 }
  | { kind: 'accept'; version: number | 'chosen' }
  | { kind: 'edit' }
  | { kind: 'reject' }
  | { kind: 'undo' }
  | { kind: 'redo' };

/** The command of a key press, or null when the key means nothing here. */
export function curationCommand(chord: KeyChord): CurationCommand | null {
  const key = chord.key.length === 1 ? chord.key.toLowerCase() : chord.key;
  if (chord.altKey) return null;
  if (chord.ctrlKey || chord.metaKey) {
    if (key === 'z') return chord.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
    if (key === 'y' && !chord.shiftKey) return { kind: 'redo' };
    return null;
  }
  if (chord.shiftKey && key !== 'Enter') return null;
  switch (key) {
    case 'j':
    case 'ArrowRight':
      return { kind: 'next' };
    case 'k':
    case 'ArrowLeft':
      return { kind: 'previous' };
    case 'ArrowDown':
      return { kind: 'choose', delta: 1 };
    case 'ArrowUp':
      return { kind: 'choose', delta: -1 };
    case 'Enter':
      return chord.shiftKey ? null : { kind: 'accept', version: 'chosen' };
    case 'e':
      return { kind: 'edit' };
    case 'r':
      return { kind: 'reject' };
    default:
      return /^[1-9]$/u.test(key) ? { kind: 'accept', version: Number(key) - 1 } : null;
  }
}
