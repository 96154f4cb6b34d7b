// The curation view's command table: J/K or the left/right arrows walk the groups, up/down choose a
// version, 1-9 accept version n, Enter accepts the chosen one, E edits it, R rejects all,
// Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo the gold annotator's steps.
import type { KeyCommand } from '../keyboard/keyCommand';

/** Every command of the curation view; CurationView's switch over them is exhaustive. */
export type CurationCommandId =
  | 'next'
  | 'previous'
  | 'choose-next'
  | 'choose-previous'
  | 'accept'
  | 'accept-chosen'
  | 'edit'
  | 'reject'
  | 'undo'
  | 'redo';

// A held key repeats; a step of curation is taken once per press.
const once = (event: KeyboardEvent) => !event.repeat;
// Enter on a focused button, link or disclosure keeps its own meaning.
const notOnControl = (event: KeyboardEvent) => {
  const target = event.target as Element | null;
  return once(event) && !(typeof target?.closest === 'function' && target.closest('button, a, summary') !== null);
};

/** The curation view's keys. */
export const CURATION_COMMANDS: readonly KeyCommand<CurationCommandId>[] = [
  { id: 'next', chords: ['j', 'ArrowRight'], description: 'Next disagreement', when: once },
  { id: 'previous', chords: ['k', 'ArrowLeft'], description: 'Previous disagreement', when: once },
  { id: 'choose-next', chords: ['ArrowDown'], description: 'Choose the next version', when: once },
  { id: 'choose-previous', chords: ['ArrowUp'], description: 'Choose the previous version', when: once },
  {
    id: 'accept',
    chords: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
    description: 'Accept version n into gold',
    when: once,
  },
  { id: 'accept-chosen', chords: ['Enter'], description: 'Accept the chosen version', when: notOnControl },
  { id: 'edit', chords: ['e'], description: 'Edit the chosen version before it goes into gold', when: once },
  { id: 'reject', chords: ['r'], description: 'Reject every version', when: once },
  { id: 'undo', chords: ['Mod-z'], description: 'Undo the latest curation step', when: once },
  { id: 'redo', chords: ['Shift-Mod-z', 'Mod-y'], description: 'Redo the curation step you undid', when: once },
];

/** The version a digit key accepts: 1 is the first (index 0). */
export function versionOfKey(key: string): number {
  return Number(key) - 1;
}
