// Clicks on the article: a click (not a drag that selected text) selects the smallest span under
// the pointer and offers the others in a menu; while linking it picks the target.
import { useEffect } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { ArticlePositions } from '../editor/articleDoc';
import { selectedRange } from '../editor/domSelection';
import { highlightState } from '../editor/highlightPlugin';
import { charOffsetAtPoint } from '../editor/pointerHits';
import type { AnnotationCommands } from './annotationCommands';
import type { AnnotationStore } from './annotationStore';

/** Wires mouse clicks on the view's DOM to the commands; `onOverlap` gets the spans under a click when there are several (smallest first), or null. */
export function usePointerOnArticle(
  view: EditorView | null,
  positions: ArticlePositions,
  store: AnnotationStore | null,
  commands: AnnotationCommands | null,
  onOverlap: (ids: string[] | null, at: { x: number; y: number }) => void,
): void {
  useEffect(() => {
    if (view === null || store === null || commands === null) return;
    const dom = view.dom;
    const onMouseUp = (event: MouseEvent) => {
      if (event.button !== 0 || selectedRange(view, positions) !== null) return;
      const offset = charOffsetAtPoint(view, positions, event.clientX, event.clientY);
      const hits = offset === null ? [] : highlightState(view.state).index.at(offset);
      const at = { x: event.clientX, y: event.clientY };
      const linkFrom = store.getSnapshot().linkFromId;
      if (linkFrom !== null) {
        // The smallest span that can be a target; else the one clicked, so the user hears why not.
        const target = hits.find((span) => span.id !== linkFrom && !span.readOnly) ?? hits[0];
        if (target !== undefined) commands.chooseLinkTarget(target.id, at);
        return;
      }
      onOverlap(null, at);
      if (hits.length === 0) {
        commands.select(null);
        return;
      }
      commands.select(hits[0]!.id);
      if (hits.length > 1)
        onOverlap(
          hits.map((span) => span.id),
          at,
        );
    };
    dom.addEventListener('mouseup', onMouseUp);
    return () => dom.removeEventListener('mouseup', onMouseUp);
  }, [view, positions, store, commands, onOverlap]);
}
