// The article's command table: each key of the labelling workspace, what it does and when it
// applies, as data the keyboard layer runs and the shortcut sheet prints. The switch that carries
// each command out is in useAnnotationKeys.ts.
import type { LabelScheme } from '../../shared/domain';
import type { KeyCommand } from '../keyboard/keyCommand';
import { topLabels } from './schemeLabels';

/** Every command of the article; the handler's switch over them is exhaustive. */
export type ArticleCommandId =
  | 'label'
  | 'delete'
  | 'next-span'
  | 'previous-span'
  | 'link'
  | 'confirm-link'
  | 'escape'
  | 'undo'
  | 'redo'
  | 'resize-start'
  | 'resize-end'
  | 'extend'
  | 'select-all';

/** What the table asks of the open document to decide whether a command applies now. */
export interface ArticleKeyState {
  /** A span is selected. */
  hasSelectedSpan(): boolean;
  /** A link is being made and the selected span can be its target. */
  canConfirmLink(): boolean;
  /** The key press was made with the focus in the article's text. */
  inText(event: KeyboardEvent): boolean;
}

/** The chords that move a span's start (Alt) and end (Alt+Shift); Ctrl moves by a word. */
export const RESIZE_START_CHORDS = [
  'Alt-ArrowLeft',
  'Alt-ArrowRight',
  'Mod-Alt-ArrowLeft',
  'Mod-Alt-ArrowRight',
] as const;
export const RESIZE_END_CHORDS = [
  'Shift-Alt-ArrowLeft',
  'Shift-Alt-ArrowRight',
  'Shift-Mod-Alt-ArrowLeft',
  'Shift-Mod-Alt-ArrowRight',
] as const;

/** The shortcuts as the side panel lists them. */
export const RESIZE_SHORTCUTS = {
  start: 'Alt+←/→',
  end: 'Alt+Shift+←/→',
  byWord: 'with Ctrl (⌘): by word',
} as const;

/** The article's commands for a scheme (its label keys) and the document's state. */
export function articleCommands(scheme: LabelScheme, state: ArticleKeyState): KeyCommand<ArticleCommandId>[] {
  const labels = topLabels(scheme).filter((label) => label.shortcut !== null);
  const taken = new Set(labels.map((label) => label.shortcut));
  return [
    ...labels.map((label): KeyCommand<ArticleCommandId> => ({
      id: 'label',
      chords: [label.shortcut!],
      description: `${label.name}: label the selected text (or relabel the selected span)`,
    })),
    {
      id: 'delete',
      chords: ['Delete', 'Backspace'],
      description: 'Delete the selected span and its links',
      when: () => state.hasSelectedSpan(),
    },
    { id: 'next-span', chords: ['Tab'], description: 'Select the next span in the text', when: state.inText },
    {
      id: 'previous-span',
      chords: ['Shift-Tab'],
      description: 'Select the previous span in the text',
      when: state.inText,
    },
    ...(taken.has('l')
      ? []
      : [
          {
            id: 'link' as const,
            chords: ['l'],
            description: 'Link the selected span to another (then click or Tab to the target)',
          },
        ]),
    {
      id: 'confirm-link',
      chords: ['Enter'],
      description: 'Make the selected span the link’s target',
      when: () => state.canConfirmLink(),
    },
    { id: 'escape', chords: ['Escape'], description: 'Close the menu, stop linking, or clear the selected span' },
    { id: 'undo', chords: ['Mod-z'], description: 'Undo your latest edit in this document' },
    { id: 'redo', chords: ['Shift-Mod-z', 'Mod-y'], description: 'Redo the edit you undid' },
    {
      id: 'resize-start',
      chords: RESIZE_START_CHORDS,
      description: 'Move the selected span’s start a character (with Ctrl: a word)',
      when: () => state.hasSelectedSpan(),
    },
    {
      id: 'resize-end',
      chords: RESIZE_END_CHORDS,
      description: 'Move the selected span’s end a character (with Ctrl: a word)',
      when: () => state.hasSelectedSpan(),
    },
    {
      id: 'extend',
      chords: [
        'Shift-ArrowLeft',
        'Shift-ArrowRight',
        'Shift-Mod-ArrowLeft',
        'Shift-Mod-ArrowRight',
        'Shift-ArrowUp',
        'Shift-ArrowDown',
      ],
      description: 'Select text from the keyboard, by character, word (Ctrl) or line',
    },
    {
      id: 'select-all',
      chords: ['Mod-a'],
      description: 'Select the whole article text (focus in the article)',
      when: state.inText,
    },
  ];
}
