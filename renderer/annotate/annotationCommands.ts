// Everything a user can do to the open document's annotations, as plain functions the keys, the
// palette, the side panel and the menus all call, so each action behaves the same from anywhere.
import type { EditorView } from 'prosemirror-view';
import type { AnnotationChange, LabelScheme, Span } from '../../shared/domain';
import type { ArticlePositions } from '../editor/articleDoc';
import { moveBoundary, type BoundaryStep, type Edge } from '../editor/boundaryEdits';
import { clearSelection, selectedRange } from '../editor/domSelection';
import { highlightState } from '../editor/highlightPlugin';
import { snapSelection, type IndexedText } from '../editor/selectionSnapping';
import { shorten, spanTouchedBy, type AnnotationEditor } from './annotationEditor';
import type { AnnotationStore } from './annotationStore';
import { labelByKey, spanLabelName, techniquesOf } from './schemeLabels';

/** What the commands act on. */
export interface CommandContext {
  view: EditorView;
  positions: ArticlePositions;
  text: IndexedText;
  store: AnnotationStore;
  editor: AnnotationEditor;
  scheme: LabelScheme;
  annotator: string;
  snapToWords: () => boolean;
  /** Opens the technique picker for a span. */
  openTechniquePicker: (spanId: string) => void;
  /** Opens the relation type chooser for a link being made, near the pointer when there is one. */
  openRelationChooser: (from: string, to: string, at?: { x: number; y: number }) => void;
  /** Scrolls the article so a span is in view. */
  scrollToSpan: (spanId: string) => void;
}

/** The annotation commands of one open document. */
export class AnnotationCommands {
  constructor(private readonly context: CommandContext) {}

  /** The selected span if the acting annotator owns it, else null (with a message when one is selected). */
  ownSelected(): Span | null {
    const snapshot = this.context.store.getSnapshot();
    if (snapshot.selectedId === null) return null;
    const span = snapshot.byId.get(snapshot.selectedId) ?? null;
    if (span !== null && span.annotator !== this.context.annotator) {
      this.context.store.setNotice(`This span belongs to ${span.annotator}; it is shown read-only.`);
      return null;
    }
    return span;
  }

  /**
   * Applies a label: to the text selection (a new span, snapped and trimmed), or, with no text
   * selected, to the selected span. A label with techniques opens the technique picker.
   */
  applyLabel(labelKey: string): boolean {
    const { view, positions, text, store, editor, scheme } = this.context;
    const label = labelByKey(scheme, labelKey);
    if (label === null || label.parent !== null) return false;
    const picked = selectedRange(view, positions);
    let spanId = '';
    if (picked !== null) {
      const range = snapSelection(text, picked, { toWords: this.context.snapToWords() });
      if (range === null) {
        store.setNotice('The selection holds only spaces or line breaks; select some text to label.');
        return true;
      }
      // Cleared first: with no selection left in it, the view does not write one back while redrawing.
      clearSelection(view);
      store.batch(() => {
        spanId = editor.createSpan(range, label.key);
        store.select(spanId);
      });
    } else {
      const span = this.ownSelected();
      if (span === null) {
        if (store.getSnapshot().selectedId === null) store.setNotice('Select some text first, then press a label key.');
        return true;
      }
      spanId = span.id;
      if (span.label !== label.key) void editor.updateSpan(span.id, { label: label.key }, 'The new label');
    }
    if (techniquesOf(scheme, label.key).length > 0) this.context.openTechniquePicker(spanId);
    return true;
  }

  /** Sets (or with null, clears) the technique of a span. */
  setTechnique(spanId: string, technique: string | null): void {
    const span = this.context.store.getSnapshot().byId.get(spanId);
    if (span === undefined || span.technique === technique) return;
    void this.context.editor.updateSpan(spanId, { technique }, 'The technique');
  }

  /** Changes the label of a span (the side panel's label field). */
  relabel(spanId: string, labelKey: string): void {
    const span = this.context.store.getSnapshot().byId.get(spanId);
    if (span === undefined || span.label === labelKey) return;
    void this.context.editor.updateSpan(spanId, { label: labelKey }, 'The new label');
    if (techniquesOf(this.context.scheme, labelKey).length > 0) this.context.openTechniquePicker(spanId);
  }

  /** Moves one end of the selected span by a character or a word. */
  resizeSelected(edge: Edge, direction: -1 | 1, step: BoundaryStep): void {
    const span = this.ownSelected();
    if (span === null) return;
    const moved = moveBoundary(this.context.text, span, edge, direction, step);
    if (moved === null) {
      this.context.store.setNotice(`The ${edge} of the span cannot move further that way.`);
      return;
    }
    void this.context.editor.updateSpan(
      span.id,
      edge === 'start' ? { start: moved.start } : { end: moved.end },
      `The new ${edge}`,
    );
  }

  /** Deletes the selected span (and its relations). */
  deleteSelected(): void {
    const span = this.ownSelected();
    if (span === null) return;
    // Keep the reader's place: the next span in text order becomes the selected one.
    const next = highlightState(this.context.view.state).index.neighbour(
      span.id,
      1,
      (s) => s.id !== span.id && !s.readOnly,
    );
    void this.context.editor.deleteSpan(span.id);
    this.context.store.select(next?.id ?? null);
  }

  /** Selects a span, scrolling it into view when asked. */
  select(spanId: string | null, scroll = false): void {
    this.context.store.select(spanId);
    if (spanId !== null && scroll) this.context.scrollToSpan(spanId);
  }

  /** Selects the next (1) or previous (-1) span in text order; while linking, only spans that can be targets. */
  selectNeighbour(step: 1 | -1): void {
    const { store, view } = this.context;
    const { selectedId, linkFromId } = store.getSnapshot();
    const accept =
      linkFromId === null ? () => true : (s: { id: string; readOnly: boolean }) => s.id !== linkFromId && !s.readOnly;
    const next = highlightState(view.state).index.neighbour(selectedId, step, accept);
    if (next !== null) this.select(next.id, true);
  }

  /** Starts linking from the selected span: the next span chosen becomes the target. */
  startLink(): void {
    const span = this.ownSelected();
    if (span === null) {
      if (this.context.store.getSnapshot().selectedId === null)
        this.context.store.setNotice('Select the span to link from first.');
      return;
    }
    if (this.context.scheme.relationTypes.length === 0) {
      this.context.store.setNotice('This project’s scheme has no relation types; add one in Settings first.');
      return;
    }
    this.context.store.setLinkFrom(span.id);
  }

  /** Chooses the target of the link being made. */
  chooseLinkTarget(targetId: string, at?: { x: number; y: number }): void {
    const { store, annotator } = this.context;
    const from = store.getSnapshot().linkFromId;
    const target = store.getSnapshot().byId.get(targetId);
    if (from === null || target === undefined) return;
    if (target.id === from) {
      store.setNotice('A link joins two different spans; choose another span.');
      return;
    }
    if (target.annotator !== annotator) {
      store.setNotice(`You can link only your own spans; this one belongs to ${target.annotator}.`);
      return;
    }
    this.context.openRelationChooser(from, targetId, at);
  }

  /** Creates the link after its type was chosen, and leaves link mode. */
  createLink(from: string, to: string, type: string): void {
    void this.context.editor.createRelation(from, to, type);
    this.context.store.setLinkFrom(null);
    this.context.store.select(from);
  }

  /** Leaves link mode without linking. */
  cancelLink(): void {
    this.context.store.setLinkFrom(null);
  }

  /** Undoes the latest edit. */
  undo(): void {
    void this.context.editor.undo().then((changes) => this.afterHistoryStep('Undo', changes));
  }

  /** Redoes the latest undone edit. */
  redo(): void {
    void this.context.editor.redo().then((changes) => this.afterHistoryStep('Redo', changes));
  }

  /** Brings the span an undo or redo selected into view and says briefly what it did, since it may be off-screen or in the panel. */
  private afterHistoryStep(what: 'Undo' | 'Redo', changes: AnnotationChange[] | null): void {
    if (changes === null || changes.length === 0) return;
    const { store } = this.context;
    const said = describeChanges(changes, (span) => this.nameOf(span));
    if (said !== null) store.setNotice(`${what}: ${said}.`);
    const selected = store.getSnapshot().selectedId;
    if (selected !== null && selected === spanTouchedBy(changes)) this.context.scrollToSpan(selected);
  }

  /** The name shown for a span, e.g. "Propaganda marker: Doubt". */
  nameOf(span: Span): string {
    return spanLabelName(this.context.scheme, span);
  }
}

/** What an undo or redo did, in a few words ("restored the Claim span “…”"), or null for nothing to say. */
export function describeChanges(changes: readonly AnnotationChange[], nameOf: (span: Span) => string): string | null {
  const said = changes.flatMap((change): string[] => {
    switch (change.kind) {
      case 'span.create':
        return [`restored the ${nameOf(change.span)} span “${shorten(change.span.quote)}”`];
      case 'span.delete':
        return [`removed the ${nameOf(change.span)} span “${shorten(change.span.quote)}”`];
      case 'span.update':
        return [`changed ${whatChanged(change.before, change.after)} of “${shorten(change.after.quote)}”`];
      case 'relation.create':
        return [`restored a ${change.relation.type} link`];
      case 'relation.delete':
        return [`removed a ${change.relation.type} link`];
      case 'decision.create':
      case 'decision.delete':
        return [];
    }
  });
  if (said.length === 0) return null;
  return said.length <= 2 ? said.join(', ') : `${said[0]} and ${said.length - 1} more changes`;
}

function whatChanged(before: Span, after: Span): string {
  const parts: string[] = [];
  if (before.label !== after.label) parts.push('the label');
  else if (before.technique !== after.technique) parts.push('the technique');
  if (before.start !== after.start || before.end !== after.end) parts.push('the boundaries');
  if (before.note !== after.note) parts.push('the note');
  return parts.length === 0 ? 'the span' : parts.join(' and ');
}
