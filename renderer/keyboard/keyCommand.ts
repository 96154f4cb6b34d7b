// One keyboard command as data: its id, the chords that run it, what it does and when it applies.
// Each view lists its commands in one table; the keyboard layer runs them and the shortcut sheet
// prints them from that same table, so the sheet cannot drift from what the keys do.
import { keydownHandler } from 'prosemirror-keymap';
import type { EditorView } from 'prosemirror-view';
import type { KeyChord } from '../common/keyChord';

/** A command of one view's table; `Id` is the view's union of command ids. */
export interface KeyCommand<Id extends string = string> {
  id: Id;
  /** ProseMirror key names ("Mod-z", "Shift-ArrowLeft", "1", "?"), matched by prosemirror-keymap. */
  chords: readonly string[];
  /** What the command does, as the shortcut sheet says it. */
  description: string;
  /** False when the command does not apply right now; the key then keeps its usual meaning. */
  when?: (event: KeyboardEvent) => boolean;
}

// keydownHandler calls the bound command with the view's state; nothing here reads it.
const NO_VIEW = {} as EditorView;

/**
 * For a table, a function from a key press to the commands its chords name, grouped by how
 * prosemirror-keymap looked the press up: the exact chord first, then the chord without Shift, then
 * by the key's code (Shift+Ctrl+z is Redo even where "Mod-z" alone would also take it).
 */
function lookupsOf<Id extends string>(commands: readonly KeyCommand<Id>[]): (chord: KeyChord) => KeyCommand<Id>[][] {
  const byChord = new Map<string, KeyCommand<Id>[]>();
  for (const command of commands)
    for (const name of command.chords) byChord.set(name, [...(byChord.get(name) ?? []), command]);
  let hits: KeyCommand<Id>[][] = [];
  // Each binding notes its commands and answers false, so keydownHandler goes on to its next lookup.
  const handler = keydownHandler(
    Object.fromEntries([...byChord].map(([name, named]) => [name, () => (hits.push(named), false)])),
  );
  return (chord) => {
    hits = [];
    handler(NO_VIEW, chord as KeyboardEvent);
    return hits;
  };
}

const lookups = new WeakMap<readonly KeyCommand<string>[], (chord: KeyChord) => KeyCommand<string>[][]>();

/** The commands of a table a key press runs: those of the most exact chord that applies now (more than one is a mistake in the table). */
export function commandsFor<Id extends string>(
  commands: readonly KeyCommand<Id>[],
  event: KeyboardEvent,
): KeyCommand<Id>[] {
  let lookup = lookups.get(commands) as ((chord: KeyChord) => KeyCommand<Id>[][]) | undefined;
  if (lookup === undefined) {
    lookup = lookupsOf(commands);
    lookups.set(commands, lookup as (chord: KeyChord) => KeyCommand<string>[][]);
  }
  for (const level of lookup(event)) {
    const applying = level.filter((command) => command.when === undefined || command.when(event));
    if (applying.length > 0) return applying;
  }
  return [];
}

const singles = new WeakMap<readonly string[], readonly KeyCommand[]>();

/** Whether a key press is one of the chords, as prosemirror-keymap reads modifiers, Shift-made characters and Mod. */
export function chordMatches(chords: readonly string[], chord: KeyChord): boolean {
  let table = singles.get(chords);
  if (table === undefined) {
    table = [{ id: 'chord', chords, description: '' }];
    singles.set(chords, table);
  }
  return commandsFor(table, chord as KeyboardEvent).length > 0;
}

/** The compile-time check of an exhaustive dispatch: a command id left unhandled does not type-check. */
export function unhandledCommand(id: never): never {
  throw new Error(`No handler for the keyboard command ${String(id)}`);
}
