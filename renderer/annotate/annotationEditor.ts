// Every edit the user makes, sent to the API one after another. Edits show at once (optimistic)
// with an unsaved look and count as saved only when the API answered ok. A refused edit is taken
// back on screen with a message; a refused new span stays, marked unsaved, until retried or
// discarded, so a mark is never lost silently.
import { inverseChange } from '../../shared/annotationChanges';
import type { ApiClient } from '../../shared/api';
import type { AnnotationChange, DocumentAnnotations, EditResult, Relation, Span } from '../../shared/domain';
import { sliceCodePoints } from '../../shared/offsets';
import { errorMessage } from '../api/apiCallError';
import type { CodePointRange, IndexedText } from '../editor/selectionSnapping';
import type { AnnotationStore } from './annotationStore';
import { newId } from './newId';

/** What a span update may change. */
export type SpanPatch = Partial<Pick<Span, 'start' | 'end' | 'label' | 'technique' | 'note'>>;

/** Where edits go: the document, who edits, its text and how to reload everything. */
export interface EditorContext {
  client: ApiClient;
  document: string;
  annotator: string;
  text: IndexedText;
  /** Loads the document's annotations afresh, to resync after a refused edit. */
  reload: () => Promise<DocumentAnnotations>;
  /** Told after each edit, undo or redo the API stored. */
  onSaved?: () => void;
}

/** One edit on its way: what it changes on screen at once, what it sends, and what a refusal does. */
interface Edit {
  spanIds: string[];
  optimistic: AnnotationChange[];
  /** A refused new span stays (marked unsaved); any other refused edit is taken back. */
  onRefused: 'keep' | 'revert';
  /** Names the edit (kept: names the span) in the message shown when it is refused. */
  what: string;
  call: () => Promise<EditResult>;
}

/** Sends edits in order and keeps the store in step with what the API answered. */
export class AnnotationEditor {
  private queue: Promise<void> = Promise.resolve();
  private readonly pendingBySpan = new Map<string, number>();
  private resyncNeeded = false;

  constructor(
    private readonly store: AnnotationStore,
    private readonly context: EditorContext,
  ) {}

  /** Creates a span over a range; returns its id at once (drawn before the API answers). */
  createSpan(range: CodePointRange, label: string, technique: string | null = null): string {
    const { document, annotator, text } = this.context;
    const span: Span = {
      id: newId(),
      start: range.start,
      end: range.end,
      label,
      technique,
      annotator,
      note: '',
      quote: sliceCodePoints(text.text, range.start, range.end, text.map),
      attributes: {},
    };
    this.send({
      spanIds: [span.id],
      optimistic: [{ kind: 'span.create', span, relations: [] }],
      onRefused: 'keep',
      what: `${label} “${shorten(span.quote)}”`,
      call: () =>
        this.context.client.createSpan({
          document,
          annotator,
          id: span.id,
          start: span.start,
          end: span.end,
          label,
          technique,
        }),
    });
    return span.id;
  }

  /** Changes a span's label, technique, boundaries or note. */
  updateSpan(id: string, patch: SpanPatch, what = 'The change'): Promise<boolean> {
    const before = this.store.getSnapshot().byId.get(id);
    if (before === undefined) return Promise.resolve(false);
    const { document, annotator, text } = this.context;
    const label = patch.label ?? before.label;
    // As the API does: a new label drops the old label's technique.
    const technique =
      patch.technique !== undefined ? patch.technique : label === before.label ? before.technique : null;
    const start = patch.start ?? before.start;
    const end = patch.end ?? before.end;
    const after: Span = {
      ...before,
      ...patch,
      label,
      technique,
      start,
      end,
      quote: sliceCodePoints(text.text, start, end, text.map),
    };
    return this.send({
      spanIds: [id],
      optimistic: [{ kind: 'span.update', before, after }],
      onRefused: 'revert',
      what: `${what} to “${shorten(before.quote)}” was not saved`,
      call: () => this.context.client.updateSpan({ document, annotator, id, ...patch }),
    });
  }

  /** Deletes a span and, with it, its relations. */
  deleteSpan(id: string): Promise<boolean> {
    const snapshot = this.store.getSnapshot();
    const span = snapshot.byId.get(id);
    if (span === undefined) return Promise.resolve(false);
    if (snapshot.saveStates.get(id) === 'failed') {
      this.discard(id);
      return Promise.resolve(true);
    }
    const relations = snapshot.relations.filter((r) => r.from === id || r.to === id);
    const { document, annotator } = this.context;
    return this.send({
      spanIds: [id],
      optimistic: [{ kind: 'span.delete', span, relations }],
      onRefused: 'revert',
      what: `Deleting “${shorten(span.quote)}” was not saved`,
      call: () => this.context.client.deleteSpan({ document, annotator, id }),
    });
  }

  /** Links two spans with a relation type. */
  createRelation(from: string, to: string, type: string): Promise<boolean> {
    const { document, annotator } = this.context;
    const relation: Relation = { id: newId(), type, from, to, annotator };
    return this.send({
      spanIds: [from, to],
      optimistic: [{ kind: 'relation.create', relation }],
      onRefused: 'revert',
      what: `The ${type} link was not saved`,
      call: () => this.context.client.createRelation({ document, annotator, id: relation.id, type, from, to }),
    });
  }

  /** Removes a relation. */
  deleteRelation(id: string): Promise<boolean> {
    const relation = this.store.getSnapshot().relations.find((r) => r.id === id);
    if (relation === undefined) return Promise.resolve(false);
    const { document, annotator } = this.context;
    return this.send({
      spanIds: [relation.from, relation.to],
      optimistic: [{ kind: 'relation.delete', relation }],
      onRefused: 'revert',
      what: `Removing the ${relation.type} link was not saved`,
      call: () => this.context.client.deleteRelation({ document, annotator, id }),
    });
  }

  /** Takes back the latest edit (from the operation log, so also after a reload); resolves with what changed, null when refused. */
  undo(): Promise<AnnotationChange[] | null> {
    const { document, annotator, client } = this.context;
    return this.step('Undo', () => client.undoEdit({ document, annotator }));
  }

  /** Does the latest undone edit again; resolves with what changed, null when refused. */
  redo(): Promise<AnnotationChange[] | null> {
    const { document, annotator, client } = this.context;
    return this.step('Redo', () => client.redoEdit({ document, annotator }));
  }

  /** Sends a refused new span again. */
  retryCreate(id: string): void {
    const span = this.store.getSnapshot().byId.get(id);
    if (span === undefined || this.store.getSnapshot().saveStates.get(id) !== 'failed') return;
    const { document, annotator, client } = this.context;
    this.store.setSaveState(id, 'saving');
    this.send({
      spanIds: [id],
      optimistic: [],
      onRefused: 'keep',
      what: `${span.label} “${shorten(span.quote)}”`,
      call: () =>
        client.createSpan({
          document,
          annotator,
          id,
          start: span.start,
          end: span.end,
          label: span.label,
          technique: span.technique,
          note: span.note,
        }),
    });
  }

  /** Drops a refused new span from the screen (it was never saved). */
  discard(id: string): void {
    const span = this.store.getSnapshot().byId.get(id);
    if (span === undefined) return;
    this.store.apply([{ kind: 'span.delete', span, relations: [] }]);
    this.store.setSaveState(id, 'saved');
  }

  /** Resolves once every edit sent so far has an answer. */
  settled(): Promise<void> {
    return this.queue;
  }

  private step(what: 'Undo' | 'Redo', call: () => Promise<EditResult>): Promise<AnnotationChange[] | null> {
    this.store.addPendingWrites(1);
    return this.enqueue(async () => {
      try {
        const result = await call();
        this.store.batch(() => {
          this.store.apply(result.changes);
          this.store.setHistory(result.history);
          // The span the step brought back or changed becomes the selected one, so the next
          // Delete or label key acts on it and not on whatever was selected before.
          const touched = spanTouchedBy(result.changes);
          if (touched !== null) this.store.select(touched);
          this.store.setNotice(result.notice === undefined ? null : `${what}: ${result.notice}`);
        });
        if (result.changes.length > 0) this.context.onSaved?.();
        return result.changes;
      } catch (error) {
        this.store.setError(`${what} failed: ${errorMessage(error)}`);
        return null;
      } finally {
        this.store.addPendingWrites(-1);
      }
    });
  }

  private send(edit: Edit): Promise<boolean> {
    const { store } = this;
    // Edits of a span whose creation was refused cannot reach the API; keep them local to it.
    const blocked =
      edit.optimistic.length > 0 && edit.spanIds.some((id) => store.getSnapshot().saveStates.get(id) === 'failed');
    if (blocked) {
      store.setError(
        `${edit.what}: its span is not saved yet. Retry saving the span first (side panel), or discard it.`,
      );
      return Promise.resolve(false);
    }
    // One notification: the span appears already marked as saving, never for a moment as saved.
    store.batch(() => {
      for (const id of edit.spanIds) this.beginWrite(id);
      store.apply(edit.optimistic);
      store.addPendingWrites(1);
      store.setNotice(null);
    });
    return this.enqueue(async () => {
      if (
        edit.optimistic.length > 0 &&
        edit.spanIds.some((id) => store.getSnapshot().saveStates.get(id) === 'failed')
      ) {
        // Its span's creation was refused meanwhile; that error is already shown, so this one stays quiet.
        for (const id of edit.spanIds) this.endWrite(id);
        store.batch(() => {
          store.addPendingWrites(-1);
          store.apply(edit.optimistic.map(inverseChange).reverse());
        });
        return false;
      }
      let ok = false;
      let reason = '';
      let result: EditResult | null = null;
      try {
        result = await edit.call();
        ok = true;
      } catch (error) {
        reason = errorMessage(error);
      }
      for (const id of edit.spanIds) this.endWrite(id);
      store.batch(() => this.settle(edit, result, reason));
      if (ok) this.context.onSaved?.();
      if (this.pendingBySpan.size === 0 && this.resyncNeeded) await this.resync();
      return ok;
    });
  }

  /** Brings the store in line with an edit's answer (or refusal). */
  private settle(edit: Edit, result: EditResult | null, reason: string): void {
    const { store } = this;
    store.addPendingWrites(-1);
    if (result !== null) {
      // A span with later edits still in flight keeps its newer local state until they answer.
      store.apply(result.changes.filter((change) => !this.touchesPending(change)));
      store.setHistory(result.history);
      for (const id of edit.spanIds) if (this.idle(id)) store.setSaveState(id, 'saved');
    } else if (edit.onRefused === 'keep') {
      for (const id of edit.spanIds) store.setSaveState(id, 'failed', reason);
      store.setError(unsavedSpanMessage(edit.what, reason), edit.spanIds);
    } else {
      store.apply(edit.optimistic.map(inverseChange).reverse());
      for (const id of edit.spanIds)
        if (this.idle(id) && store.getSnapshot().saveStates.get(id) === 'saving') store.setSaveState(id, 'saved');
      store.setError(`${edit.what} and was undone on screen: ${reason}`);
      this.resyncNeeded = true;
    }
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private beginWrite(id: string): void {
    this.pendingBySpan.set(id, (this.pendingBySpan.get(id) ?? 0) + 1);
    if (this.store.getSnapshot().saveStates.get(id) !== 'saving') this.store.setSaveState(id, 'saving');
  }

  private endWrite(id: string): void {
    const left = (this.pendingBySpan.get(id) ?? 1) - 1;
    if (left <= 0) this.pendingBySpan.delete(id);
    else this.pendingBySpan.set(id, left);
  }

  private idle(id: string): boolean {
    return !this.pendingBySpan.has(id);
  }

  private touchesPending(change: AnnotationChange): boolean {
    switch (change.kind) {
      case 'span.create':
      case 'span.delete':
        return !this.idle(change.span.id);
      case 'span.update':
        return !this.idle(change.after.id);
      default:
        return false;
    }
  }

  /** After a refused edit, what is on screen is re-read from the project, so it shows the truth. */
  private async resync(): Promise<void> {
    this.resyncNeeded = false;
    try {
      this.store.replaceAll(await this.context.reload());
    } catch {
      // Unreachable for now; the screen keeps the local state, already taken back.
    }
  }
}

/** The span an undo or redo restored or changed last (a link's source for a link), or null when it only removed things. */
export function spanTouchedBy(changes: readonly AnnotationChange[]): string | null {
  for (let index = changes.length - 1; index >= 0; index--) {
    const change = changes[index]!;
    switch (change.kind) {
      case 'span.create':
        return change.span.id;
      case 'span.update':
        return change.after.id;
      case 'relation.create':
      case 'relation.delete':
        return change.relation.from;
      case 'span.delete':
      case 'decision.create':
      case 'decision.delete':
        break;
    }
  }
  return null;
}

/** What a researcher reads when a new span could not be written: what to check, then Retry. */
export function unsavedSpanMessage(span: string, reason: string): string {
  return `Spanmark could not save this span. Check that the project file is still reachable, then Retry. Span: ${span}. Reason: ${reason}`;
}

/** A quote cut to one short line, for messages. */
export function shorten(quote: string): string {
  const flat = quote.replace(/\s+/gu, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}
