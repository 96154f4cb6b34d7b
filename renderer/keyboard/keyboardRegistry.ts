// The one owner of the keyboard: every view registers its command table here, and one window
// listener (KeyboardLayer) hands each key press to the single command of the visible view that
// matches it. A view that is hidden (the article under Agreement, Curate or Settings) receives nothing.
import type { KeyChord } from '../common/keyChord';
import { commandsFor, type KeyCommand } from './keyCommand';

/** The views that replace one another in the window; the workspace is the document list and the article. */
export type KeyView = 'workspace' | 'agreement' | 'curation' | 'settings';

/** One table of commands, as a view registers it. */
export interface CommandSection {
  /** The view it belongs to; 'everywhere' for the keys of the layer itself (the shortcut sheet). */
  view: KeyView | 'everywhere';
  /** The heading of the table in the shortcut sheet. */
  title: string;
  commands: readonly KeyCommand[];
  run: (id: string, event: KeyboardEvent) => void;
}

/** The command a key press runs, and the table it comes from. */
export interface PickedCommand {
  section: CommandSection;
  command: KeyCommand;
}

const dev = (import.meta as { env?: { DEV?: boolean } }).env?.DEV === true;

/** The tables of the active view (and those of every view), in the order they were registered. */
export function sectionsOf(sections: readonly CommandSection[], active: KeyView): CommandSection[] {
  return sections.filter((section) => section.view === active || section.view === 'everywhere');
}

/** The single command of the active view that a key press runs, or null; two matches are a bug in the tables, warned in development. */
export function pickCommand(
  sections: readonly CommandSection[],
  active: KeyView,
  event: KeyboardEvent,
): PickedCommand | null {
  const matches = sectionsOf(sections, active).flatMap((section) =>
    commandsFor(section.commands, event).map((command) => ({ section, command })),
  );
  if (matches.length > 1 && dev) {
    console.warn(
      `The key ${describe(event)} matches ${matches.map((m) => `${m.section.title}: ${m.command.id}`).join(' and ')}; the first runs.`,
    );
  }
  return matches[0] ?? null;
}

function describe(chord: KeyChord): string {
  return `${chord.ctrlKey ? 'Ctrl+' : ''}${chord.metaKey ? 'Meta+' : ''}${chord.altKey ? 'Alt+' : ''}${chord.shiftKey ? 'Shift+' : ''}${chord.key}`;
}

/** The registered tables and whether the shortcut sheet is open, with change notification for React. */
class KeyboardRegistry {
  private sections: CommandSection[] = [];
  private sheet = false;
  private readonly listeners = new Set<() => void>();
  private snapshot = { sections: this.sections as readonly CommandSection[], sheetOpen: false };

  /** Adds a table; returns the function that removes it. */
  register(section: CommandSection): () => void {
    this.sections = [...this.sections, section];
    this.changed();
    return () => {
      this.sections = this.sections.filter((entry) => entry !== section);
      this.changed();
    };
  }

  setSheetOpen(open: boolean): void {
    if (this.sheet === open) return;
    this.sheet = open;
    this.changed();
  }

  getSnapshot = () => this.snapshot;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    this.snapshot = { sections: this.sections, sheetOpen: this.sheet };
    for (const listener of this.listeners) listener();
  }
}

/** The window's keyboard registry. */
export const keyboard = new KeyboardRegistry();

/** Opens the shortcut sheet of the view on screen (the toolbars' "? shortcuts" button). */
export function openShortcutSheet(): void {
  keyboard.setSheetOpen(true);
}
