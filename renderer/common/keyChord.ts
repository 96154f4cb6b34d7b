/** The modifier and key state of a keyboard event; a KeyboardEvent is one. */
export interface KeyChord {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** The legacy key code; prosemirror-keymap reads it to find Shift+Ctrl+Z's letter. */
  keyCode?: number;
}
