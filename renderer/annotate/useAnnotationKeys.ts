// The editor's keyboard: one window listener that turns key presses (outside text fields and
// dialogs) into commands, through the key map in annotationKeys.ts.
import { useEffect } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { LabelScheme } from '../../shared/domain';
import type { ArticlePositions } from '../editor/articleDoc';
import { extendSelection, hasSelectionIn, placeCaret } from '../editor/domSelection';
import type { AnnotationCommands } from './annotationCommands';
import { keyCommand } from './annotationKeys';
import type { AnnotationStore } from './annotationStore';

/** Closes whichever popover is open; returns false when none was. */
export type CloseTopmost = () => boolean;

/** Listens for the editor's keys while a document is open for labelling. */
export function useAnnotationKeys(
  view: EditorView | null,
  positions: ArticlePositions,
  store: AnnotationStore | null,
  commands: AnnotationCommands | null,
  scheme: LabelScheme | null,
  closeTopmost: CloseTopmost,
): void {
  useEffect(() => {
    if (view === null || store === null || commands === null || scheme === null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTyping(event.target) || document.querySelector('dialog[open]') !== null) return;
      const command = keyCommand(event, scheme);
      if (command === null) return;
      const inText = event.target === view.dom || view.dom.contains(event.target as Node);
      const snapshot = store.getSnapshot();
      switch (command.kind) {
        case 'label':
          commands.applyLabel(command.label);
          break;
        case 'delete':
          if (snapshot.selectedId === null) return;
          commands.deleteSelected();
          break;
        case 'neighbour':
          // Only in the text does Tab walk spans; elsewhere it moves the focus as usual.
          if (!inText) return;
          commands.selectNeighbour(command.step);
          break;
        case 'link':
          commands.startLink();
          break;
        case 'confirm':
          if (snapshot.linkFromId === null || snapshot.selectedId === null || snapshot.selectedId === snapshot.linkFromId) return;
          commands.chooseLinkTarget(snapshot.selectedId);
          break;
        case 'escape':
          if (closeTopmost()) break;
          if (snapshot.linkFromId !== null) commands.cancelLink();
          else if (snapshot.selectedId !== null) commands.select(null);
          else return;
          break;
        case 'undo':
          commands.undo();
          break;
        case 'redo':
          commands.redo();
          break;
        case 'resize':
          if (snapshot.selectedId === null) return;
          commands.resizeSelected(command.edge, command.direction, command.step);
          break;
        case 'extend': {
          if (!hasSelectionIn(view)) {
            // A keyboard selection starts where the selected span ends, or at the top of the text.
            const from = snapshot.selectedId === null ? 0 : (snapshot.byId.get(snapshot.selectedId)?.end ?? 0);
            view.dom.focus({ preventScroll: true });
            placeCaret(view, positions, from);
          }
          extendSelection(view, command.direction, command.unit);
          break;
        }
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [view, positions, store, commands, scheme, closeTopmost]);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}
