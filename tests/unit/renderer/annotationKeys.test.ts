import { describe, expect, it } from 'vitest';
import { defaultScheme } from '../../../shared/defaultScheme';
import { articleCommands, type ArticleKeyState } from '../../../renderer/annotate/annotationKeys';
import { commandsFor } from '../../../renderer/keyboard/keyCommand';
import { press } from './keyPress';

const scheme = defaultScheme();
const TEXT = { inText: true };

function table(state: Partial<{ selected: boolean; linking: boolean }> = {}) {
  const keyState: ArticleKeyState = {
    hasSelectedSpan: () => state.selected ?? false,
    canConfirmLink: () => state.linking ?? false,
    inText: (event) => (event.target as { inText?: boolean } | null)?.inText === true,
  };
  return articleCommands(scheme, keyState);
}

/** The ids of the commands a press runs (one, or none). */
function ids(event: KeyboardEvent, state: Parameters<typeof table>[0] = {}) {
  return commandsFor(table(state), event).map((command) => command.id);
}

describe('the article’s command table', () => {
  it('labels with the scheme’s shortcuts 1–4, one command per label', () => {
    expect(
      ['1', '2', '3', '4'].map((key) => commandsFor(table(), press(key)).map((c) => c.description.split(':')[0])),
    ).toEqual([['Claim'], ['Evidence'], ['Opinion'], ['Propaganda marker']]);
    expect(ids(press('5'))).toEqual([]);
    expect(ids(press('1', { ctrlKey: true }))).toEqual([]);
    expect(ids(press('!', { shiftKey: true }))).toEqual([]);
  });

  it('gives a label shortcut precedence over L (link), and Shift+L means nothing', () => {
    const custom = {
      ...scheme,
      labels: scheme.labels.map((label) => (label.key === 'claim' ? { ...label, shortcut: 'l' } : label)),
    };
    const state: ArticleKeyState = { hasSelectedSpan: () => false, canConfirmLink: () => false, inText: () => false };
    expect(commandsFor(articleCommands(custom, state), press('l')).map((c) => c.id)).toEqual(['label']);
    expect(ids(press('l'))).toEqual(['link']);
    expect(ids(press('L', { shiftKey: true }))).toEqual([]);
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z or Ctrl+Y', () => {
    expect(ids(press('z', { ctrlKey: true }))).toEqual(['undo']);
    expect(ids(press('Z', { ctrlKey: true, shiftKey: true }))).toEqual(['redo']);
    // Chromium may report the letter unshifted with Shift held: still Redo, not Undo as well.
    expect(ids(press('z', { ctrlKey: true, shiftKey: true }))).toEqual(['redo']);
    expect(ids(press('y', { ctrlKey: true }))).toEqual(['redo']);
  });

  it('moves the selected span’s ends with Alt (+Shift for the end), only with a span selected', () => {
    expect(ids(press('ArrowLeft', { altKey: true }), { selected: true })).toEqual(['resize-start']);
    expect(ids(press('ArrowRight', { altKey: true, shiftKey: true }), { selected: true })).toEqual(['resize-end']);
    expect(ids(press('ArrowLeft', { altKey: true, shiftKey: true, ctrlKey: true }), { selected: true })).toEqual([
      'resize-end',
    ]);
    expect(ids(press('ArrowLeft', { altKey: true }))).toEqual([]);
  });

  it('deletes only with a span selected, walks spans with Tab only in the text, selects the text with Ctrl+A only in the text', () => {
    expect(ids(press('Delete'), { selected: true })).toEqual(['delete']);
    expect(ids(press('Backspace'), { selected: true })).toEqual(['delete']);
    expect(ids(press('Delete'))).toEqual([]);
    expect(ids(press('Tab', { target: TEXT }))).toEqual(['next-span']);
    expect(ids(press('Tab', { shiftKey: true, target: TEXT }))).toEqual(['previous-span']);
    expect(ids(press('Tab'))).toEqual([]);
    expect(ids(press('a', { ctrlKey: true, target: TEXT }))).toEqual(['select-all']);
    expect(ids(press('a', { ctrlKey: true }))).toEqual([]);
    expect(ids(press('Enter'), { linking: true })).toEqual(['confirm-link']);
    expect(ids(press('Enter'))).toEqual([]);
  });

  it('extends a keyboard selection with Shift+arrows; plain arrows stay the browser’s', () => {
    expect(ids(press('ArrowRight', { shiftKey: true }))).toEqual(['extend']);
    expect(ids(press('ArrowLeft', { shiftKey: true, ctrlKey: true }))).toEqual(['extend']);
    expect(ids(press('ArrowDown', { shiftKey: true }))).toEqual(['extend']);
    expect(ids(press('ArrowRight'))).toEqual([]);
    expect(ids(press('ArrowDown'))).toEqual([]);
  });
});
