import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import type { Decoration } from 'prosemirror-view';
import { buildArticleDoc } from '../../../renderer/editor/articleDoc';
import {
  highlightPlugin,
  highlightState,
  withHighlightCommand,
  type HighlightSpan,
} from '../../../renderer/editor/highlightPlugin';
import { selectedSpanPlugin, selectedSpanState, withSelectedSpan } from '../../../renderer/editor/selectedSpanPlugin';
import { codePointRange, MULTILINGUAL_TEXT } from '../../helpers/multilingualText';

const TEXT = 'First paragraph with a claim.\r\n\r\nSecond paragraph, evidence here.\r\nAnd a second line.';
const article = buildArticleDoc(TEXT);

function span(id: string, needle: string, extra: Partial<HighlightSpan> = {}, text = TEXT): HighlightSpan {
  return {
    id,
    ...codePointRange(text, needle),
    color: '#f2c94c',
    title: 'Claim',
    readOnly: false,
    save: 'saved',
    ...extra,
  };
}

function stateWith(spans: HighlightSpan[]): EditorState {
  return EditorState.create({
    doc: article.doc,
    plugins: [highlightPlugin(article.positions, spans), selectedSpanPlugin()],
  });
}

/** What is drawn: each decoration piece as "id from-to class". */
function drawn(state: EditorState): string[] {
  const set = highlightState(state).decorations;
  return set
    .find()
    .map((d: Decoration) => {
      const attrs = (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
      return `${(d.spec as { spanId: string }).spanId} ${d.from}-${d.to} ${attrs.class}`;
    })
    .sort();
}

function textOf(state: EditorState, d: Decoration): string {
  return state.doc.textBetween(d.from, d.to, '\n', '\n');
}

describe('the highlight plugin', () => {
  it('draws one decoration per span, over exactly the span’s text, carrying its id', () => {
    const state = stateWith([span('a', 'a claim'), span('b', 'evidence here')]);
    const decorations = highlightState(state).decorations.find();
    expect(decorations.map((d) => [(d.spec as { spanId: string }).spanId, textOf(state, d)]).sort()).toEqual([
      ['a', 'a claim'],
      ['b', 'evidence here'],
    ]);
  });

  it('adds a span through a transaction without touching the others', () => {
    const before = stateWith([span('a', 'a claim'), span('b', 'evidence here')]);
    const after = before.apply(
      withHighlightCommand(before.tr, { kind: 'update', upsert: [span('c', 'Second', { save: 'saving' })] }),
    );
    const added = drawn(after).filter((d) => !drawn(before).includes(d));
    expect(added).toEqual([expect.stringMatching(/^c \d+-\d+ hl hl-d0 hl-saving$/u)]);
    expect(drawn(after)).toHaveLength(3);
    // The old state is unchanged: states are values.
    expect(highlightState(before).index.size).toBe(2);
    expect(highlightState(after).index.size).toBe(3);
  });

  it('layers overlapping spans: the longest lowest, nested ones deeper, and relayers when the outer one goes', () => {
    let state = stateWith([span('outer', 'Second paragraph, evidence'), span('inner', 'evidence')]);
    expect(drawn(state)).toEqual([
      expect.stringMatching(/^inner .* hl hl-d1$/u),
      expect.stringMatching(/^outer .* hl hl-d0$/u),
    ]);
    // A span around both pushes them up one level each.
    state = state.apply(
      withHighlightCommand(state.tr, { kind: 'update', upsert: [span('around', 'Second paragraph, evidence here')] }),
    );
    expect(Object.fromEntries(highlightState(state).depths)).toEqual({ around: 0, outer: 1, inner: 2 });
    expect(drawn(state).filter((d) => d.startsWith('inner'))).toEqual([expect.stringMatching(/hl-d2$/u)]);
    // Removing it brings them back down, and its decoration is gone.
    state = state.apply(withHighlightCommand(state.tr, { kind: 'update', remove: ['around'] }));
    expect(Object.fromEntries(highlightState(state).depths)).toEqual({ outer: 0, inner: 1 });
    expect(drawn(state).some((d) => d.startsWith('around'))).toBe(false);
    expect(drawn(state)).toEqual(
      drawn(stateWith([span('outer', 'Second paragraph, evidence'), span('inner', 'evidence')])),
    );
  });

  it('replaces a span in place when it is relabelled, resized or saved', () => {
    let state = stateWith([span('a', 'a claim', { save: 'saving' })]);
    state = state.apply(
      withHighlightCommand(state.tr, {
        kind: 'update',
        upsert: [span('a', 'with a claim', { color: '#6fcf97', title: 'Evidence', save: 'saved' })],
      }),
    );
    const [decoration] = highlightState(state).decorations.find();
    expect(textOf(state, decoration!)).toBe('with a claim');
    const attrs = (decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
    expect(attrs.style).toContain('#6fcf97');
    expect(attrs.class).toBe('hl hl-d0');
    expect(highlightState(state).decorations.find()).toHaveLength(1);
  });

  it('draws a span across paragraphs over the shown text only, and removes all its pieces', () => {
    let state = stateWith([span('long', 'claim.\r\n\r\nSecond')]);
    const pieces = highlightState(state).decorations.find();
    // The blank line between the paragraphs is not shown; the decoration runs from one to the other.
    expect(pieces.map((d) => textOf(state, d))).toEqual(['claim.\nSecond']);
    state = state.apply(withHighlightCommand(state.tr, { kind: 'update', remove: ['long'] }));
    expect(highlightState(state).decorations.find()).toEqual([]);
  });

  it('marks other annotators’ spans read-only and unsaved ones as failing', () => {
    const state = stateWith([
      span('theirs', 'a claim', { readOnly: true, title: 'Claim · dana' }),
      span('mine', 'Second', { save: 'failed' }),
    ]);
    expect(drawn(state)).toEqual([
      expect.stringMatching(/^mine .* hl hl-d0 hl-failed$/u),
      expect.stringMatching(/^theirs .* hl hl-d0 hl-other$/u),
    ]);
  });

  it('gives the same result incrementally as when rebuilt, over many random edits', () => {
    const words = [...TEXT.matchAll(/\p{L}+/gu)].map((m) => m[0]);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let state = stateWith([]);
    const live = new Map<string, HighlightSpan>();
    for (let step = 0; step < 200; step++) {
      if (live.size > 0 && random() < 0.35) {
        const ids = [...live.keys()];
        const id = ids[Math.floor(random() * ids.length)]!;
        live.delete(id);
        state = state.apply(withHighlightCommand(state.tr, { kind: 'update', remove: [id] }));
      } else {
        const first = Math.floor(random() * words.length);
        const last = Math.min(words.length - 1, first + Math.floor(random() * 4));
        const start = codePointRange(TEXT, words[first]!).start;
        const end = codePointRange(TEXT, words[last]!).end;
        if (end <= start) continue;
        const id = random() < 0.3 && live.size > 0 ? [...live.keys()][0]! : `s${step}`;
        const next: HighlightSpan = {
          id,
          start,
          end,
          color: '#56ccf2',
          title: 'Opinion',
          readOnly: false,
          save: 'saved',
        };
        live.set(id, next);
        state = state.apply(withHighlightCommand(state.tr, { kind: 'update', upsert: [next] }));
      }
      expect(drawn(state)).toEqual(drawn(stateWith([...live.values()])));
    }
  });

  it('maps its decorations through a change of the document, then applies the command', () => {
    let state = stateWith([span('a', 'a claim')]);
    const before = highlightState(state).decorations.find()[0]!;
    // The article is read-only in the app, but the plugin follows the rules of a ProseMirror plugin.
    state = state.apply(state.tr.insertText('New ', 1));
    const after = highlightState(state).decorations.find()[0]!;
    expect([after.from, after.to]).toEqual([before.from + 4, before.to + 4]);
    expect(textOf(state, after)).toBe('a claim');
  });

  it('maps code points through emoji and CRLF to the right text', () => {
    const multi = buildArticleDoc(MULTILINGUAL_TEXT);
    const spans = ['👋🏽 world', '中文的主张', '🇺🇳 aid', 'بالعالم', 'Last line 😀'].map((needle, i) =>
      span(`m${i}`, needle, {}, MULTILINGUAL_TEXT),
    );
    const state = EditorState.create({ doc: multi.doc, plugins: [highlightPlugin(multi.positions, spans)] });
    const shown = highlightState(state)
      .decorations.find()
      .sort((a, b) => a.from - b.from)
      .map((d) => textOf(state, d));
    expect(shown).toEqual(['👋🏽 world', '中文的主张', '🇺🇳 aid', 'بالعالم', 'Last line 😀']);
  });
});

describe('the selected-span plugin', () => {
  it('marks the selected span and the link source, and clears them', () => {
    let state = stateWith([span('a', 'a claim')]);
    state = state.apply(withSelectedSpan(state.tr, { selected: { id: 'a', from: 3, to: 9 } }));
    expect(selectedSpanState(state).selected?.id).toBe('a');
    expect(
      selectedSpanState(state)
        .decorations.find()
        .map((d) => [d.from, d.to]),
    ).toEqual([[3, 9]]);
    state = state.apply(withSelectedSpan(state.tr, { linkSource: { id: 'b', from: 12, to: 15 } }));
    expect(selectedSpanState(state).decorations.find()).toHaveLength(2);
    state = state.apply(withSelectedSpan(state.tr, { selected: null, linkSource: null }));
    expect(selectedSpanState(state).decorations.find()).toEqual([]);
  });
});
