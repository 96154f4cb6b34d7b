// Marks the selected span (and, while linking, the span a relation starts from) with an extra
// element around its text, so it stands out above the spans it overlaps.
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** A span to mark, already in ProseMirror positions. */
export interface MarkedSpan {
  id: string;
  from: number;
  to: number;
}

/** Which spans are marked, and their decorations. */
export interface SelectedSpanState {
  selected: MarkedSpan | null;
  linkSource: MarkedSpan | null;
  decorations: DecorationSet;
}

/** Marks a span as selected and/or as the source of a link being made; null clears the mark. */
export type SelectedSpanCommand = { selected?: MarkedSpan | null; linkSource?: MarkedSpan | null };

export const selectedSpanKey = new PluginKey<SelectedSpanState>('selectedSpan');

/** Adds a selection command to a transaction. */
export function withSelectedSpan(tr: Transaction, command: SelectedSpanCommand): Transaction {
  return tr.setMeta(selectedSpanKey, command);
}

/** The marked spans of an editor state that has the plugin. */
export function selectedSpanState(state: EditorState): SelectedSpanState {
  const found = selectedSpanKey.getState(state);
  if (found === undefined) throw new Error('the selected-span plugin is not installed');
  return found;
}

/** The plugin that marks the selected span. */
export function selectedSpanPlugin(): Plugin<SelectedSpanState> {
  return new Plugin<SelectedSpanState>({
    key: selectedSpanKey,
    state: {
      init: () => ({ selected: null, linkSource: null, decorations: DecorationSet.empty }),
      apply(tr, previous) {
        const decorations = tr.docChanged ? previous.decorations.map(tr.mapping, tr.doc) : previous.decorations;
        const command = tr.getMeta(selectedSpanKey) as SelectedSpanCommand | undefined;
        if (command === undefined)
          return decorations === previous.decorations ? previous : { ...previous, decorations };
        const selected = command.selected !== undefined ? command.selected : previous.selected;
        const linkSource = command.linkSource !== undefined ? command.linkSource : previous.linkSource;
        const marks: Decoration[] = [];
        if (linkSource !== null && linkSource.from < linkSource.to) marks.push(mark(linkSource, 'hl-link-source'));
        if (selected !== null && selected.from < selected.to) marks.push(mark(selected, 'hl-selected'));
        return { selected, linkSource, decorations: DecorationSet.create(tr.doc, marks) };
      },
    },
    props: {
      decorations: (state) => selectedSpanKey.getState(state)?.decorations,
    },
  });
}

function mark(span: MarkedSpan, className: string): Decoration {
  return Decoration.inline(
    span.from,
    span.to,
    { nodeName: 'span', class: className, 'data-marked-span': span.id },
    { spanId: span.id },
  );
}
