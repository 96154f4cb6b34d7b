import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDocuments } from '../../../main/db/importDocuments';
import { ServiceContext } from '../../../main/service/context';
import { createProject } from '../../../main/service/project';
import { exportDocuments } from '../../../main/db/exportDocuments';
import { sliceCodePoints } from '../../../shared/offsets';
import { codePointRange, MULTILINGUAL_TEXT } from '../../helpers/multilingualText';
import { record } from '../../helpers/records';
import { call, contextOn } from '../../helpers/serviceCalls';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let path: string;
let context: ServiceContext;
const doc = { document: 'd1', annotator: 'ana' };
beforeEach(() => {
  temp = makeTempDir();
  path = join(temp.dir, 'p.spanmark');
  const project = createProject(path);
  importDocuments(project.db, [record({ id: 'd1', text: MULTILINGUAL_TEXT })]);
  context = new ServiceContext(project, { appVersion: '0.0.0-test' });
});
afterEach(() => {
  context.close();
  temp.cleanup();
});

function spansOf(annotators = ['ana']) {
  return call(context, 'getAnnotations', { document: 'd1', annotators, annotator: 'ana' }).spans;
}

describe('span edits', () => {
  it('creates a span on emoji text whose stored quote is text[start:end] in code points', () => {
    const range = codePointRange(MULTILINGUAL_TEXT, '👋🏽 world');
    const result = call(context, 'createSpan', { ...doc, id: 's1', ...range, label: 'claim' });
    expect(result.changes).toEqual([
      { kind: 'span.create', span: expect.objectContaining({ id: 's1', quote: '👋🏽 world' }), relations: [] },
    ]);
    expect(result.history).toEqual({ canUndo: true, canRedo: false });
    const exported = [...exportDocuments(context.project.db, { annotators: [] })][0]!;
    expect(sliceCodePoints(exported.text, exported.spans[0]!.start, exported.spans[0]!.end)).toBe('👋🏽 world');
  });

  it('refuses unknown labels, techniques of another label, bad offsets and other annotators’ spans', () => {
    expect(() => call(context, 'createSpan', { ...doc, start: 0, end: 3, label: 'rumour' })).toThrow(
      /not a label of this project's scheme/,
    );
    expect(() => call(context, 'createSpan', { ...doc, start: 0, end: 3, label: 'claim', technique: 'Doubt' })).toThrow(
      /not a technique of "claim"/,
    );
    expect(() => call(context, 'createSpan', { ...doc, start: 3, end: 3, label: 'claim' })).toThrow(/start < end/);
    expect(() => call(context, 'createSpan', { ...doc, start: 0, end: 10_000, label: 'claim' })).toThrow(
      /past the end/,
    );
    call(context, 'createSpan', { ...doc, id: 's1', start: 0, end: 3, label: 'claim' });
    expect(() => call(context, 'deleteSpan', { document: 'd1', annotator: 'bo', id: 's1' })).toThrow(/belongs to ana/);
    expect(spansOf()).toHaveLength(1);
  });

  it('relabels (dropping a technique of the old label), resizes and notes a span', () => {
    call(context, 'createSpan', { ...doc, id: 's1', start: 0, end: 3, label: 'propaganda', technique: 'Doubt' });
    call(context, 'updateSpan', { ...doc, id: 's1', label: 'opinion' });
    call(context, 'updateSpan', { ...doc, id: 's1', end: 5, note: 'check' });
    expect(spansOf()[0]).toMatchObject({
      label: 'opinion',
      technique: null,
      start: 0,
      end: 5,
      note: 'check',
      quote: sliceCodePoints(MULTILINGUAL_TEXT, 0, 5),
    });
  });

  it('deletes a span together with its relations, and undo brings both back', () => {
    call(context, 'createSpan', { ...doc, id: 'e', start: 0, end: 3, label: 'evidence' });
    call(context, 'createSpan', { ...doc, id: 'c', start: 4, end: 8, label: 'claim' });
    call(context, 'createRelation', { ...doc, id: 'r', type: 'supports', from: 'e', to: 'c' });
    call(context, 'deleteSpan', { ...doc, id: 'c' });
    expect(
      call(context, 'getAnnotations', { document: 'd1', annotators: ['ana'], annotator: 'ana' }).relations,
    ).toEqual([]);
    call(context, 'undoEdit', doc);
    const restored = call(context, 'getAnnotations', { document: 'd1', annotators: ['ana'], annotator: 'ana' });
    expect(restored.spans.map((s) => s.id).sort()).toEqual(['c', 'e']);
    expect(restored.relations).toEqual([{ id: 'r', type: 'supports', from: 'e', to: 'c', annotator: 'ana' }]);
  });

  it('undoes and redoes every kind of edit in order, also after the project is closed and reopened', () => {
    call(context, 'createSpan', { ...doc, id: 'a', start: 0, end: 3, label: 'claim' });
    call(context, 'createSpan', { ...doc, id: 'b', start: 4, end: 8, label: 'evidence' });
    call(context, 'updateSpan', { ...doc, id: 'a', label: 'opinion' });
    call(context, 'createRelation', { ...doc, id: 'r', type: 'contradicts', from: 'b', to: 'a' });
    context.close();
    context = contextOn(path);
    const undone = call(context, 'undoEdit', doc);
    expect(undone.changes[0]!.kind).toBe('relation.delete');
    call(context, 'undoEdit', doc);
    expect(spansOf().find((s) => s.id === 'a')!.label).toBe('claim');
    const redone = call(context, 'redoEdit', doc);
    expect(redone.changes[0]).toMatchObject({ kind: 'span.update', after: { label: 'opinion' } });
    expect(redone.history).toEqual({ canUndo: true, canRedo: true });
    call(context, 'undoEdit', doc);
    call(context, 'undoEdit', doc);
    call(context, 'undoEdit', doc);
    expect(spansOf()).toEqual([]);
    expect(call(context, 'undoEdit', doc)).toMatchObject({
      changes: [],
      notice: 'nothing to undo',
      history: { canUndo: false, canRedo: true },
    });
    // A new edit clears what could be redone.
    call(context, 'createSpan', { ...doc, id: 'z', start: 1, end: 2, label: 'claim' });
    expect(call(context, 'redoEdit', doc)).toMatchObject({ changes: [], history: { canRedo: false } });
  });

  it('keeps one history per annotator and document', () => {
    call(context, 'createSpan', { ...doc, id: 'a', start: 0, end: 3, label: 'claim' });
    call(context, 'createSpan', { document: 'd1', annotator: 'bo', id: 'b', start: 0, end: 3, label: 'claim' });
    call(context, 'undoEdit', doc);
    expect(spansOf(['ana', 'bo']).map((s) => s.id)).toEqual(['b']);
  });

  it('undoes edits made in another window on the same annotator’s history', () => {
    call(context, 'createSpan', { ...doc, id: 'a', start: 0, end: 3, label: 'claim' });
    const other = contextOn(path);
    call(other, 'updateSpan', { ...doc, id: 'a', note: 'edited elsewhere' });
    other.close();
    expect(call(context, 'undoEdit', doc).changes[0]!.kind).toBe('span.update');
    expect(call(context, 'undoEdit', doc).changes[0]!.kind).toBe('span.delete');
    expect(spansOf()).toEqual([]);
  });

  it('passes over an undo whose span no longer matches, says why, and goes on with the next one', () => {
    call(context, 'createSpan', { ...doc, id: 'a', start: 0, end: 3, label: 'claim' });
    call(context, 'createSpan', { ...doc, id: 'b', start: 4, end: 6, label: 'claim' });
    // A change outside the log (e.g. a hand-edited file) makes the top entry stale.
    context.project.db.prepare("UPDATE spans SET note = 'changed outside' WHERE uid = 'b'").run();
    const skipped = call(context, 'undoEdit', doc);
    expect(skipped.changes).toEqual([]);
    expect(skipped.notice).toMatch(/could not undo that edit: span "b" was changed elsewhere/);
    expect(spansOf().map((s) => s.id)).toEqual(['a', 'b']);
    expect(call(context, 'undoEdit', doc).changes[0]).toMatchObject({ kind: 'span.delete', span: { id: 'a' } });
  });

  it('reports a stale edit from a second window as a conflict and changes nothing', () => {
    call(context, 'createSpan', { ...doc, id: 'a', start: 0, end: 3, label: 'claim' });
    const other = contextOn(path);
    call(other, 'deleteSpan', { ...doc, id: 'a' });
    other.close();
    expect(() => call(context, 'updateSpan', { ...doc, id: 'a', note: 'x' })).toThrow(/no span "a"/);
    const undo = call(context, 'undoEdit', doc); // undoes the other window's delete
    expect(undo.changes[0]!.kind).toBe('span.create');
  });

  it('records status per annotator, and lists span counts per annotator', () => {
    call(context, 'createSpan', { ...doc, start: 0, end: 3, label: 'claim' });
    call(context, 'setDocumentStatus', { ...doc, status: 'done' });
    const [summary] = call(context, 'listDocuments', {});
    expect(summary).toMatchObject({ status: { ana: 'done' }, spanCounts: { ana: 1 }, spanCount: 1 });
  });
});

describe('undo history across windows and rolled-back edits', () => {
  it('sees edits another window logged after this one last looked, and forgets an edit that was rolled back', () => {
    call(context, 'createSpan', { ...doc, id: 'a', start: 0, end: 3, label: 'claim' });
    const other = contextOn(path);
    call(other, 'createSpan', { ...doc, id: 'b', start: 4, end: 6, label: 'claim' });
    other.close();
    expect(call(context, 'undoEdit', doc).changes[0]).toMatchObject({ kind: 'span.delete', span: { id: 'b' } });
    // An edit that fails after its log entry is written rolls back, entry included.
    expect(() =>
      context.project.db.transaction(() => {
        call(context, 'createSpan', { ...doc, id: 'c', start: 7, end: 9, label: 'claim' });
        throw new Error('disk full');
      })(),
    ).toThrow(/disk full/);
    expect(call(context, 'getAnnotations', { document: 'd1', annotators: ['ana'], annotator: 'ana' }).history).toEqual({
      canUndo: true,
      canRedo: true,
    });
    expect(call(context, 'undoEdit', doc).changes[0]).toMatchObject({ kind: 'span.delete', span: { id: 'a' } });
  });
});
