// The keyboard shortcut of "Next unfinished": Ctrl+Enter (Cmd+Enter on a Mac). The editor owns
// 1-9, letters (label shortcuts), Tab, Delete, Alt+arrows and Ctrl+Z/Y, so a bare key would collide.
import type { KeyChord } from '../common/keyChord';
import { chordLabel } from '../keyboard/chordLabel';
import { chordMatches } from '../keyboard/keyCommand';

/** The chords, as the document list's command table binds them. */
export const NEXT_UNFINISHED_CHORDS = ['Ctrl-Enter', 'Meta-Enter'] as const;

/** How the shortcut is announced to assistive technology (`aria-keyshortcuts`). */
export const NEXT_UNFINISHED_ARIA_KEYS = 'Control+Enter Meta+Enter';

/** How the shortcut is written on the button. */
export const NEXT_UNFINISHED_LABEL = chordLabel(NEXT_UNFINISHED_CHORDS[0]);

/** True for Ctrl+Enter or Cmd+Enter with no other modifier. */
export function isNextUnfinishedKey(chord: KeyChord): boolean {
  return chordMatches(NEXT_UNFINISHED_CHORDS, chord);
}
