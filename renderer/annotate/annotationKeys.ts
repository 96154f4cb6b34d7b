// The keyboard map of the editor, as a pure function from a key press to a command, so it is
// tested without a browser and shown in the panel from one place.
import type { LabelScheme } from '../../shared/domain';
import type { BoundaryStep, Edge } from '../editor/boundaryEdits';
import { labelForShortcut } from './schemeLabels';

/** What a key press asks for. */
export type KeyCommand =
  | { kind: 'label'; label: string }
  | { kind: 'delete' }
  | { kind: 'neighbour'; step: 1 | -1 }
  | { kind: 'link' }
  | { kind: 'confirm' }
  | { kind: 'escape' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'resize'; edge: Edge; direction: -1 | 1; step: BoundaryStep }
  | { kind: 'extend'; direction: 'left' | 'right' | 'backward' | 'forward'; unit: 'character' | 'word' | 'line' };

/** The parts of a KeyboardEvent the map reads. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The shortcuts as the side panel lists them. */
export const RESIZE_SHORTCUTS = {
  start: 'Alt+←/→',
  end: 'Alt+Shift+←/→',
  byWord: 'with Ctrl (⌘): by word',
} as const;

/** The command for a key press, or null when the editor leaves the key alone. */
export function keyCommand(press: KeyPress, scheme: LabelScheme): KeyCommand | null {
  const mod = press.ctrlKey || press.metaKey;
  const key = press.key;
  if (mod && !press.altKey && key.toLowerCase() === 'z') return { kind: press.shiftKey ? 'redo' : 'undo' };
  if (mod && !press.altKey && !press.shiftKey && key.toLowerCase() === 'y') return { kind: 'redo' };
  const horizontal = key === 'ArrowLeft' || key === 'ArrowRight';
  if (press.altKey && horizontal) {
    return { kind: 'resize', edge: press.shiftKey ? 'end' : 'start', direction: key === 'ArrowLeft' ? -1 : 1, step: mod ? 'word' : 'char' };
  }
  if (press.altKey) return null;
  if (press.shiftKey && horizontal) return { kind: 'extend', direction: key === 'ArrowLeft' ? 'left' : 'right', unit: mod ? 'word' : 'character' };
  if (press.shiftKey && !mod && (key === 'ArrowUp' || key === 'ArrowDown')) {
    return { kind: 'extend', direction: key === 'ArrowUp' ? 'backward' : 'forward', unit: 'line' };
  }
  if (mod) return null;
  if (key === 'Tab') return { kind: 'neighbour', step: press.shiftKey ? -1 : 1 };
  if (press.shiftKey) return null;
  if (key === 'Escape') return { kind: 'escape' };
  if (key === 'Enter') return { kind: 'confirm' };
  if (key === 'Delete' || key === 'Backspace') return { kind: 'delete' };
  if (key.length !== 1) return null;
  const label = labelForShortcut(scheme, key);
  if (label !== null) return { kind: 'label', label: label.key };
  if (key.toLowerCase() === 'l') return { kind: 'link' };
  return null;
}
