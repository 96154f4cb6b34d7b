// Clicks and hovers on the article: a click (not a drag that selected text) selects the smallest
// span under the pointer and offers the others in a menu; while linking it picks the target.
import { useEffect } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { ArticlePositions } from '../editor/articleDoc';
import { selectedRange } from '../editor/domSelection';
import { highlightState } from '../editor/highlightPlugin';
import { charOffsetAtPoint } from '../editor/pointerHits';
import type { AnnotationCommands } from './annotationCommands';
import type { AnnotationStore } from './annotationStore';

/** What the pointer handlers report back to the page. */
export interface PointerCallbacks {
  /** Several spans under a click: offer them in the overlap menu (smallest first). */
  onOverlap: (ids: string[] | null, at: { x: number; y: number }) => void;
  onHover: (spanId: string | null) => void;
}

/** Wires mouse clicks and hovers on the view's DOM to the commands. */
export function usePointerOnArticle(
  view: EditorView | null,
  positions: ArticlePositions,
  store: AnnotationStore | null,
  commands: AnnotationCommands | null,
  callbacks: PointerCallbacks,
): void {
  const { onOverlap, onHover } = callbacks;
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
      if (hits.length > 1) onOverlap(hits.map((span) => span.id), at);
    };
    let hovered: string | null = null;
    const onMouseOver = (event: MouseEvent) => {
      const element = (event.target as Element | null)?.closest?.('[data-span-id]');
      const id = element?.getAttribute('data-span-id') ?? null;
      if (id !== hovered) onHover((hovered = id));
    };
    const onMouseLeave = () => {
      if (hovered !== null) onHover((hovered = null));
    };
    dom.addEventListener('mouseup', onMouseUp);
    dom.addEventListener('mouseover', onMouseOver);
    dom.addEventListener('mouseleave', onMouseLeave);
    return () => {
      dom.removeEventListener('mouseup', onMouseUp);
      dom.removeEventListener('mouseover', onMouseOver);
      dom.removeEventListener('mouseleave', onMouseLeave);
    };
  }, [view, positions, store, commands, onOverlap, onHover]);
}
