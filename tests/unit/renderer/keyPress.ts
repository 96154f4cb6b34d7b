// A key press as the keyboard layer reads it, built without a browser: the key, its modifiers, the
// legacy key code prosemirror-keymap falls back on, and where it was pressed.
import type { KeyChord } from '../../../renderer/common/keyChord';

/** A fake KeyboardEvent with `key`, the given modifiers and optional target or repeat flag. */
export function press(
  key: string,
  mods: Partial<Omit<KeyChord, 'key'>> & { target?: unknown; repeat?: boolean } = {},
): KeyboardEvent {
  const keyCode = /^[a-z0-9]$/iu.test(key) ? key.toUpperCase().charCodeAt(0) : undefined;
  return {
    key,
    keyCode,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    repeat: false,
    target: null,
    ...mods,
  } as unknown as KeyboardEvent;
}
