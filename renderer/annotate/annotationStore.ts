// The annotations of the open document as this window holds them: spans, relations, which ones are
// not saved yet, the selected span and the latest error. Plain TypeScript with listeners, so the
// ProseMirror view updates synchronously (one span at a time) and React reads snapshots.
import { applyChanges } from '../../shared/annotationChanges';
import type { AnnotationChange, DocumentAnnotations, EditHistory, Relation, Span } from '../../shared/domain';
import type { SaveState } from '../editor/highlightPlugin';
import { SpanIndex } from '../editor/spanIndex';

/** An immutable view of the store; a new object after every change. */
export interface AnnotationSnapshot {
  // Arrays as applyChanges takes them; never mutated, every change makes new ones.
  spans: Span[];
  byId: ReadonlyMap<string, Span>;
  /** The spans in text order, updated per edit (not sorted again). */
  inTextOrder: SpanIndex<Span>;
  relations: Relation[];
  /** Spans that are not (yet) saved; absent means saved. */
  saveStates: ReadonlyMap<string, Exclude<SaveState, 'saved'>>;
  /** Why a span could not be saved, by id. */
  saveErrors: ReadonlyMap<string, string>;
  selectedId: string | null;
  /** The span a link is being made from, while choosing its target. */
  linkFromId: string | null;
  history: EditHistory;
  /** Writes sent and not answered yet. */
  pendingWrites: number;
  /** The latest failure, written for the user; null once dismissed or, for an unsaved span, once it is saved. */
  error: string | null;
  /** A message from undo or redo, e.g. that an edit was passed over. */
  notice: string | null;
}

/** What one change touched, so listeners redraw only that. */
export interface StoreChange {
  spanIds: ReadonlySet<string>;
  marksChanged: boolean;
}

type Listener = (change: StoreChange) => void;

/** Holds one document's annotations for one acting annotator. */
export class AnnotationStore {
  private snapshot: AnnotationSnapshot;
  private readonly listeners = new Set<Listener>();
  /** While batching, the changes so far; listeners hear of them once, at the end. */
  private batched: { spanIds: Set<string>; marksChanged: boolean } | null = null;
  /** The spans whose refused save the current error reports; it goes when the last of them is saved. */
  private errorSpans: ReadonlySet<string> = new Set();

  constructor(initial: DocumentAnnotations) {
    this.snapshot = {
      spans: initial.spans,
      byId: new Map(initial.spans.map((span) => [span.id, span])),
      inTextOrder: SpanIndex.of(initial.spans),
      relations: initial.relations,
      saveStates: new Map(),
      saveErrors: new Map(),
      selectedId: null,
      linkFromId: null,
      history: initial.history,
      pendingWrites: 0,
      error: null,
      notice: null,
    };
  }

  /** The current snapshot (stable until the next change, as useSyncExternalStore needs). */
  readonly getSnapshot = (): AnnotationSnapshot => this.snapshot;

  /** Calls `listener` after every change; returns the unsubscribe function. */
  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Applies changes (local guesses or the API's answers) and reports the spans they touched. */
  apply(changes: readonly AnnotationChange[]): void {
    if (changes.length === 0) return;
    const { spans, relations } = applyChanges(
      { spans: this.snapshot.spans, relations: this.snapshot.relations },
      changes,
    );
    const touched = new Set<string>();
    const byId = new Map(this.snapshot.byId);
    for (const change of changes) {
      if (change.kind === 'span.create' || change.kind === 'span.delete') touched.add(change.span.id);
      if (change.kind === 'span.update') touched.add(change.after.id);
    }
    const present: Span[] = [];
    for (const id of touched) {
      const span = spans.find((s) => s.id === id);
      if (span === undefined) byId.delete(id);
      else {
        byId.set(id, span);
        present.push(span);
      }
    }
    const inTextOrder = this.snapshot.inTextOrder.update(touched, present);
    const gone = (id: string | null) => id !== null && !byId.has(id);
    const selectionGone = gone(this.snapshot.selectedId) || gone(this.snapshot.linkFromId);
    this.update(
      {
        spans,
        relations,
        byId,
        inTextOrder,
        selectedId: gone(this.snapshot.selectedId) ? null : this.snapshot.selectedId,
        linkFromId: gone(this.snapshot.linkFromId) ? null : this.snapshot.linkFromId,
      },
      { spanIds: touched, marksChanged: selectionGone },
    );
  }

  /** Replaces everything with a fresh load, keeping local spans whose creation failed (they are nowhere else). */
  replaceAll(annotations: DocumentAnnotations): void {
    const failed = this.snapshot.spans.filter((span) => this.snapshot.saveStates.get(span.id) === 'failed');
    const spans = [...annotations.spans.filter((span) => !failed.some((f) => f.id === span.id)), ...failed];
    const touched = new Set([...this.snapshot.byId.keys(), ...spans.map((span) => span.id)]);
    const byId = new Map(spans.map((span) => [span.id, span]));
    const saveStates = new Map(failed.map((span) => [span.id, 'failed' as const]));
    const saveErrors = new Map([...this.snapshot.saveErrors].filter(([id]) => saveStates.has(id)));
    const keep = (id: string | null) => (id !== null && byId.has(id) ? id : null);
    this.update(
      {
        spans,
        byId,
        inTextOrder: SpanIndex.of(spans),
        relations: annotations.relations,
        saveStates,
        saveErrors,
        history: annotations.history,
        selectedId: keep(this.snapshot.selectedId),
        linkFromId: keep(this.snapshot.linkFromId),
      },
      { spanIds: touched, marksChanged: true },
    );
  }

  /** Records whether a span is saved, saving or refused (with the reason). */
  setSaveState(id: string, state: SaveState, reason?: string): void {
    const saveStates = new Map(this.snapshot.saveStates);
    const saveErrors = new Map(this.snapshot.saveErrors);
    if (state === 'saved') saveStates.delete(id);
    else saveStates.set(id, state);
    if (state === 'failed' && reason !== undefined) saveErrors.set(id, reason);
    else saveErrors.delete(id);
    // The write landed (or the span was discarded): an error about that span is no longer true.
    if (state === 'saved' && this.errorSpans.has(id)) {
      const left = new Set(this.errorSpans);
      left.delete(id);
      this.errorSpans = left;
      if (left.size === 0) this.update({ error: null }, NOTHING);
    }
    if (
      this.snapshot.saveStates.get(id) === saveStates.get(id) &&
      this.snapshot.saveErrors.get(id) === saveErrors.get(id)
    )
      return;
    this.update({ saveStates, saveErrors }, { spanIds: new Set([id]), marksChanged: false });
  }

  /** Selects a span (null: none). */
  select(id: string | null): void {
    if (id === this.snapshot.selectedId) return;
    this.update(
      { selectedId: id !== null && this.snapshot.byId.has(id) ? id : null },
      { spanIds: new Set(), marksChanged: true },
    );
  }

  /** Starts (an id) or ends (null) choosing the target of a link. */
  setLinkFrom(id: string | null): void {
    if (id === this.snapshot.linkFromId) return;
    this.update({ linkFromId: id }, { spanIds: new Set(), marksChanged: true });
  }

  /** Counts writes in flight, for the "saving…" indicator. */
  addPendingWrites(delta: number): void {
    this.update({ pendingWrites: this.snapshot.pendingWrites + delta }, NOTHING);
  }

  /** Stores the acting annotator's undo/redo availability from the latest answer. */
  setHistory(history: EditHistory): void {
    const { canUndo, canRedo } = this.snapshot.history;
    if (canUndo === history.canUndo && canRedo === history.canRedo) return;
    this.update({ history }, NOTHING);
  }

  /**
   * Shows (or with null, dismisses) an error for the user. `unsavedSpans` are the spans it is about:
   * the error goes by itself once they are saved; an error about anything else stays until dismissed.
   */
  setError(error: string | null, unsavedSpans: readonly string[] = []): void {
    // A span still unsaved from an earlier error keeps the banner up; another kind of error replaces it.
    this.errorSpans =
      error === null || unsavedSpans.length === 0 ? new Set() : new Set([...this.errorSpans, ...unsavedSpans]);
    if (error !== this.snapshot.error) this.update({ error }, NOTHING);
  }

  /** Shows (or with null, dismisses) a notice. */
  setNotice(notice: string | null): void {
    if (notice !== this.snapshot.notice) this.update({ notice }, NOTHING);
  }

  /** Runs `work` and tells listeners of all its changes at once, so the view redraws once. */
  batch(work: () => void): void {
    if (this.batched !== null) return work();
    this.batched = { spanIds: new Set(), marksChanged: false };
    try {
      work();
    } finally {
      const change = this.batched;
      this.batched = null;
      this.notify(change);
    }
  }

  private update(patch: Partial<AnnotationSnapshot>, change: StoreChange): void {
    this.snapshot = { ...this.snapshot, ...patch };
    if (this.batched !== null) {
      for (const id of change.spanIds) this.batched.spanIds.add(id);
      this.batched.marksChanged ||= change.marksChanged;
      return;
    }
    this.notify(change);
  }

  private notify(change: StoreChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }
}

const NOTHING: StoreChange = { spanIds: new Set(), marksChanged: false };
