import { describe, expect, it } from 'vitest';
import { defaultScheme } from '../../../shared/defaultScheme';
import { keyCommand, type KeyPress } from '../../../renderer/annotate/annotationKeys';

const scheme = defaultScheme();

function press(key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods };
}

describe('the editor’s key map', () => {
  it('labels with the scheme’s shortcuts 1–4', () => {
    expect(['1', '2', '3', '4'].map((key) => keyCommand(press(key), scheme))).toEqual([
      { kind: 'label', label: 'claim' },
      { kind: 'label', label: 'evidence' },
      { kind: 'label', label: 'opinion' },
      { kind: 'label', label: 'propaganda' },
    ]);
    expect(keyCommand(press('5'), scheme)).toBeNull();
    // A shifted digit or a Ctrl+digit is not a label key.
    expect(keyCommand(press('1', { ctrlKey: true }), scheme)).toBeNull();
  });

  it('follows a scheme whose shortcut is a letter, before the link key', () => {
    const custom = { ...scheme, labels: scheme.labels.map((l) => (l.key === 'claim' ? { ...l, shortcut: 'l' } : l)) };
    expect(keyCommand(press('l'), custom)).toEqual({ kind: 'label', label: 'claim' });
    expect(keyCommand(press('l'), scheme)).toEqual({ kind: 'link' });
    expect(keyCommand(press('L', { shiftKey: true }), scheme)).toBeNull();
  });

  it('undoes with Ctrl/Cmd+Z and redoes with Ctrl/Cmd+Shift+Z or Ctrl+Y', () => {
    expect(keyCommand(press('z', { ctrlKey: true }), scheme)).toEqual({ kind: 'undo' });
    expect(keyCommand(press('z', { metaKey: true }), scheme)).toEqual({ kind: 'undo' });
    expect(keyCommand(press('Z', { ctrlKey: true, shiftKey: true }), scheme)).toEqual({ kind: 'redo' });
    expect(keyCommand(press('y', { ctrlKey: true }), scheme)).toEqual({ kind: 'redo' });
  });

  it('resizes with Alt+arrows: start without Shift, end with it, by word with Ctrl', () => {
    expect(keyCommand(press('ArrowLeft', { altKey: true }), scheme)).toEqual({ kind: 'resize', edge: 'start', direction: -1, step: 'char' });
    expect(keyCommand(press('ArrowRight', { altKey: true, shiftKey: true }), scheme)).toEqual({ kind: 'resize', edge: 'end', direction: 1, step: 'char' });
    expect(keyCommand(press('ArrowLeft', { altKey: true, shiftKey: true, ctrlKey: true }), scheme)).toEqual({
      kind: 'resize',
      edge: 'end',
      direction: -1,
      step: 'word',
    });
  });

  it('extends the text selection with Shift+arrows, and moves between spans with Tab', () => {
    expect(keyCommand(press('ArrowRight', { shiftKey: true }), scheme)).toEqual({ kind: 'extend', direction: 'right', unit: 'character' });
    expect(keyCommand(press('ArrowLeft', { shiftKey: true, ctrlKey: true }), scheme)).toEqual({ kind: 'extend', direction: 'left', unit: 'word' });
    expect(keyCommand(press('ArrowDown', { shiftKey: true }), scheme)).toEqual({ kind: 'extend', direction: 'forward', unit: 'line' });
    expect(keyCommand(press('Tab'), scheme)).toEqual({ kind: 'neighbour', step: 1 });
    expect(keyCommand(press('Tab', { shiftKey: true }), scheme)).toEqual({ kind: 'neighbour', step: -1 });
    expect(keyCommand(press('Delete'), scheme)).toEqual({ kind: 'delete' });
    expect(keyCommand(press('Backspace'), scheme)).toEqual({ kind: 'delete' });
    expect(keyCommand(press('ArrowRight'), scheme)).toBeNull();
  });
});
