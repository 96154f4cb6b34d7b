// The highlights of a document's spans. One inline decoration per span, each its own nested
// element (nodeName), so overlapping spans never merge their attributes: every span keeps its own
// colour, depth class and saved state. Edits arrive as commands in a transaction's meta and change
// only the decorations of the spans they touch (and of overlapping spans whose depth moved).
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { ArticlePositions } from './articleDoc';
import { SpanIndex, type IndexedSpan } from './spanIndex';
import { assignDepths, updateDepths, type Depths } from './spanLayers';

/** Whether the stored span matches what is drawn: saved, on its way, or refused. */
export type SaveState = 'saved' | 'saving' | 'failed';

/** A span as the highlight layer draws it (offsets in code points). */
export interface HighlightSpan extends IndexedSpan {
  color: string;
  /** Shown on hover, e.g. "Claim · dana". */
  title: string;
  /** Another annotator's span: drawn hatched and read-only. */
  readOnly: boolean;
  save: SaveState;
}

/** The highlight layer's state: decorations, the spans by text order and their overlap depths. */
export interface HighlightState {
  decorations: DecorationSet;
  index: SpanIndex<HighlightSpan>;
  byId: ReadonlyMap<string, HighlightSpan>;
  depths: Depths;
}

/** Replace every span, or remove some by id and add or replace others. */
export type HighlightCommand =
  | { kind: 'reset'; spans: readonly HighlightSpan[] }
  | { kind: 'update'; remove?: readonly string[]; upsert?: readonly HighlightSpan[] };

/** Depths from this one on share the deepest look; they stay distinct through the overlap menu. */
export const DEEPEST_DRAWN_DEPTH = 7;

export const highlightKey = new PluginKey<HighlightState>('highlights');

/** Adds a highlight command to a transaction. */
export function withHighlightCommand(tr: Transaction, command: HighlightCommand): Transaction {
  return tr.setMeta(highlightKey, command);
}

/** The highlight state of an editor state that has the plugin. */
export function highlightState(state: EditorState): HighlightState {
  const found = highlightKey.getState(state);
  if (found === undefined) throw new Error('the highlight plugin is not installed');
  return found;
}

/** The plugin drawing spans over an article whose positions map through `positions`. */
export function highlightPlugin(
  positions: ArticlePositions,
  initial: readonly HighlightSpan[] = [],
): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: highlightKey,
    state: {
      init: (_, state) => buildState(state.doc, positions, initial),
      apply(tr, previous) {
        // The article never changes, but mapping first keeps the set right if it ever does.
        const mapped = tr.docChanged
          ? { ...previous, decorations: previous.decorations.map(tr.mapping, tr.doc) }
          : previous;
        const command = tr.getMeta(highlightKey) as HighlightCommand | undefined;
        if (command === undefined) return mapped;
        switch (command.kind) {
          case 'reset':
            return buildState(tr.doc, positions, command.spans);
          case 'update':
            return applyEdit(tr.doc, positions, mapped, command.remove ?? [], command.upsert ?? []);
        }
      },
    },
    props: {
      decorations: (state) => highlightKey.getState(state)?.decorations,
    },
  });
}

function buildState(
  doc: ProseMirrorNode,
  positions: ArticlePositions,
  spans: readonly HighlightSpan[],
): HighlightState {
  const index = SpanIndex.of(spans);
  const depths = assignDepths(index);
  const decorations: Decoration[] = [];
  for (const span of index.inTextOrder()) {
    const decoration = spanDecoration(span, depths.get(span.id)!, positions);
    if (decoration !== null) decorations.push(decoration);
  }
  return {
    decorations: DecorationSet.create(doc, decorations),
    index,
    byId: new Map(spans.map((span) => [span.id, span])),
    depths,
  };
}

function applyEdit(
  doc: ProseMirrorNode,
  positions: ArticlePositions,
  state: HighlightState,
  removeIds: readonly string[],
  upserts: readonly HighlightSpan[],
): HighlightState {
  const byId = new Map(state.byId);
  const touched: { start: number; end: number }[] = [];
  const removed: string[] = [];
  for (const id of removeIds) {
    const old = byId.get(id);
    if (old === undefined) continue;
    touched.push(old);
    removed.push(id);
    byId.delete(id);
  }
  // Spans whose old drawing must go: removed ones, and replaced ones at their old place.
  const redrawn = new Map<string, HighlightSpan>(removed.map((id) => [id, state.byId.get(id)!]));
  for (const span of upserts) {
    const old = byId.get(span.id);
    if (old !== undefined) {
      touched.push(old);
      redrawn.set(span.id, old);
    }
    touched.push(span);
    byId.set(span.id, span);
  }
  const index = state.index.update(removed, upserts);
  const { depths, changed } = updateDepths(state.depths, index, touched, removed);
  // A span whose depth moved is drawn again too, at its (unchanged) place.
  for (const id of changed) if (!redrawn.has(id) && state.byId.has(id)) redrawn.set(id, state.byId.get(id)!);

  const stale: Decoration[] = [];
  for (const [id, old] of redrawn) {
    const from = positions.posFromCodePoint(old.start, 1);
    const to = positions.posFromCodePoint(old.end, -1);
    stale.push(...state.decorations.find(from, to, (spec: { spanId?: string }) => spec.spanId === id));
  }
  const fresh: Decoration[] = [];
  const toDraw = new Set([...changed, ...upserts.map((span) => span.id)]);
  for (const id of toDraw) {
    const span = byId.get(id);
    if (span === undefined) continue;
    const decoration = spanDecoration(span, depths.get(id)!, positions);
    if (decoration !== null) fresh.push(decoration);
  }
  const decorations = state.decorations.remove(stale).add(doc, fresh);
  return { decorations, index, byId, depths };
}

/** The decoration drawing one span at a depth, or null when the span covers nothing shown. */
export function spanDecoration(span: HighlightSpan, depth: number, positions: ArticlePositions): Decoration | null {
  const from = positions.posFromCodePoint(span.start, 1);
  const to = positions.posFromCodePoint(span.end, -1);
  if (from >= to) return null;
  const drawnDepth = Math.min(depth, DEEPEST_DRAWN_DEPTH);
  const classes = ['hl', `hl-d${drawnDepth}`];
  if (span.readOnly) classes.push('hl-other');
  if (span.save !== 'saved') classes.push(`hl-${span.save}`);
  return Decoration.inline(
    from,
    to,
    {
      nodeName: 'span',
      class: classes.join(' '),
      style: `--hl-color: ${safeColor(span.color)}`,
      title: span.title,
      'data-span-id': span.id,
      'data-depth': String(depth),
      'data-save': span.save,
    },
    { spanId: span.id },
  );
}

/** Scheme colours are checked as #rrggbb when saved; anything else must not reach a style attribute. */
function safeColor(color: string): string {
  return /^#[0-9a-fA-F]{3,8}$/u.test(color) ? color : '#888888';
}
