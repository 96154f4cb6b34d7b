// Keeps the ProseMirror view in step with the annotation store: each store change becomes one
// transaction that redraws only the spans it touched, and moves the selected-span mark.
import type { EditorView } from 'prosemirror-view';
import type { LabelScheme, Span } from '../../shared/domain';
import type { ArticlePositions } from '../editor/articleDoc';
import { withDomSelection } from '../editor/domSelection';
import { withHighlightCommand, type HighlightSpan } from '../editor/highlightPlugin';
import { withSelectedSpan, type MarkedSpan } from '../editor/selectedSpanPlugin';
import type { AnnotationSnapshot, AnnotationStore } from './annotationStore';
import { spanColor, spanLabelName } from './schemeLabels';

/** What drawing a span needs besides the span. */
export interface DrawContext {
  scheme: LabelScheme;
  /** The acting annotator; everyone else's spans are read-only. */
  annotator: string;
  positions: ArticlePositions;
}

/** A stored span as the highlight layer draws it. */
export function highlightOf(span: Span, snapshot: AnnotationSnapshot, context: DrawContext): HighlightSpan {
  const own = span.annotator === context.annotator;
  const name = spanLabelName(context.scheme, span);
  return {
    id: span.id,
    start: span.start,
    end: span.end,
    color: spanColor(context.scheme, span),
    title: own ? name : `${name} · ${span.annotator}`,
    readOnly: !own,
    save: snapshot.saveStates.get(span.id) ?? 'saved',
  };
}

/** Every span of a snapshot, ready for the highlight plugin's initial state. */
export function highlightsOf(snapshot: AnnotationSnapshot, context: DrawContext): HighlightSpan[] {
  return snapshot.spans.map((span) => highlightOf(span, snapshot, context));
}

/** A span's range in view positions, for the selected-span mark. */
export function markOf(span: Span | undefined, positions: ArticlePositions): MarkedSpan | null {
  if (span === undefined) return null;
  return { id: span.id, from: positions.posFromCodePoint(span.start, 1), to: positions.posFromCodePoint(span.end, -1) };
}

/** Subscribes the view to the store; returns the function that stops it. */
export function connectViewToStore(view: EditorView, store: AnnotationStore, context: DrawContext): () => void {
  return store.subscribe((change) => {
    const snapshot = store.getSnapshot();
    const marksMoved =
      change.marksChanged ||
      (snapshot.selectedId !== null && change.spanIds.has(snapshot.selectedId)) ||
      (snapshot.linkFromId !== null && change.spanIds.has(snapshot.linkFromId));
    if (change.spanIds.size === 0 && !marksMoved) return;
    let tr = withDomSelection(view, view.state.tr);
    if (change.spanIds.size > 0) {
      const upserts: HighlightSpan[] = [];
      const removed: string[] = [];
      for (const id of change.spanIds) {
        const span = snapshot.byId.get(id);
        if (span === undefined) removed.push(id);
        else upserts.push(highlightOf(span, snapshot, context));
      }
      tr = withHighlightCommand(tr, { kind: 'update', remove: removed, upsert: upserts });
    }
    if (marksMoved) {
      tr = withSelectedSpan(tr, {
        selected:
          snapshot.selectedId === null ? null : markOf(snapshot.byId.get(snapshot.selectedId), context.positions),
        linkSource:
          snapshot.linkFromId === null ? null : markOf(snapshot.byId.get(snapshot.linkFromId), context.positions),
      });
    }
    view.dispatch(tr);
  });
}
