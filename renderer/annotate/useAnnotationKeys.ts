// The article's keys: its command table (annotationKeys.ts) registered with the keyboard layer for
// the workspace, and the exhaustive switch that carries each command out.
import { useMemo } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { LabelScheme } from '../../shared/domain';
import type { ArticlePositions } from '../editor/articleDoc';
import { extendSelection, hasSelectionIn, placeCaret } from '../editor/domSelection';
import { unhandledCommand } from '../keyboard/keyCommand';
import { useKeyCommands } from '../keyboard/useKeyCommands';
import type { AnnotationCommands } from './annotationCommands';
import { articleCommands, type ArticleCommandId } from './annotationKeys';
import type { AnnotationStore } from './annotationStore';
import { labelForShortcut } from './schemeLabels';

/** Closes whichever popover is open; returns false when none was. */
export type CloseTopmost = () => boolean;

/** Registers the article's commands while a document is open for labelling. */
export function useAnnotationKeys(
  view: EditorView | null,
  positions: ArticlePositions,
  store: AnnotationStore | null,
  commands: AnnotationCommands | null,
  scheme: LabelScheme | null,
  closeTopmost: CloseTopmost,
): void {
  const table = useMemo(() => {
    if (view === null || store === null || commands === null || scheme === null) return null;
    return articleCommands(scheme, {
      hasSelectedSpan: () => store.getSnapshot().selectedId !== null,
      canConfirmLink: () => {
        const { linkFromId, selectedId } = store.getSnapshot();
        return linkFromId !== null && selectedId !== null && selectedId !== linkFromId;
      },
      inText: (event) => event.target instanceof Node && view.dom.contains(event.target),
    });
  }, [view, store, commands, scheme]);

  useKeyCommands('workspace', 'Article', table, (id: ArticleCommandId, event) => {
    if (view === null || store === null || commands === null || scheme === null) return;
    const snapshot = store.getSnapshot();
    switch (id) {
      case 'label': {
        const label = labelForShortcut(scheme, event.key);
        if (label !== null) commands.applyLabel(label.key);
        return;
      }
      case 'delete':
        return commands.deleteSelected();
      case 'next-span':
        return commands.selectNeighbour(1);
      case 'previous-span':
        return commands.selectNeighbour(-1);
      case 'link':
        return commands.startLink();
      case 'confirm-link':
        return commands.chooseLinkTarget(snapshot.selectedId!);
      case 'escape':
        if (closeTopmost()) return;
        if (snapshot.linkFromId !== null) return commands.cancelLink();
        return commands.select(null);
      case 'undo':
        return commands.undo();
      case 'redo':
        return commands.redo();
      case 'resize-start':
      case 'resize-end':
        return commands.resizeSelected(
          id === 'resize-start' ? 'start' : 'end',
          event.key === 'ArrowLeft' ? -1 : 1,
          event.ctrlKey || event.metaKey ? 'word' : 'char',
        );
      case 'extend': {
        if (!hasSelectionIn(view)) {
          // A keyboard selection starts where the selected span ends, or at the top of the text.
          const from = snapshot.selectedId === null ? 0 : (snapshot.byId.get(snapshot.selectedId)?.end ?? 0);
          view.dom.focus({ preventScroll: true });
          placeCaret(view, positions, from);
        }
        const vertical = event.key === 'ArrowUp' || event.key === 'ArrowDown';
        const direction =
          event.key === 'ArrowLeft'
            ? 'left'
            : event.key === 'ArrowRight'
              ? 'right'
              : event.key === 'ArrowUp'
                ? 'backward'
                : 'forward';
        extendSelection(view, direction, vertical ? 'line' : event.ctrlKey || event.metaKey ? 'word' : 'character');
        return;
      }
      case 'select-all':
        // The article's text and nothing around it: not the list, the panel or the header.
        view.dom.ownerDocument.getSelection()?.selectAllChildren(view.dom);
        return;
      default:
        return unhandledCommand(id);
    }
  });
}
