// Adjudication through the API, as the UI and the CLI call it: auto-merge, listing, resolving,
// undo and redo as the gold annotator, all on a real SQLite project file.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDocuments } from '../../../main/db/importDocuments';
import { ServiceContext } from '../../../main/service/context';
import { createProject } from '../../../main/service/project';
import type { NativeSpan } from '../../../shared/formats/native';
import { codePointRange, MULTILINGUAL_TEXT, pySlice } from '../../helpers/multilingualText';
import { record } from '../../helpers/records';
import { call, contextOn } from '../../helpers/serviceCalls';
import { makeTempDir } from '../../helpers/tempDir';

const SECOND_TEXT = 'Second text: officials deny everything.';
const at = (text: string, needle: string) => codePointRange(text, needle);
const d1 = (
  annotator: string,
  id: string,
  needle: string,
  label: string,
  extra: Partial<NativeSpan> = {},
): NativeSpan => ({
  id,
  annotator,
  label,
  ...at(MULTILINGUAL_TEXT, needle),
  ...extra,
});
const d2 = (annotator: string, id: string, needle: string, label: string): NativeSpan => ({
  id,
  annotator,
  label,
  ...at(SECOND_TEXT, needle),
});

let temp: ReturnType<typeof makeTempDir>;
let path: string;
let context: ServiceContext;
const gold = { document: 'd1', annotator: 'gold' };

beforeEach(() => {
  temp = makeTempDir();
  path = join(temp.dir, 'p.spanmark');
  const project = createProject(path);
  importDocuments(project.db, [
    record({
      id: 'd1',
      text: MULTILINGUAL_TEXT,
      spans: [
        d1('ana', 'a-min', 'The minister said', 'claim'),
        d1('bo', 'b-min', 'The minister said', 'claim'),
        d1('cy', 'c-min', 'The minister said', 'claim'),
        d1('ana', 'a-wave', '👋🏽 world', 'opinion', { note: 'a greeting' }),
        d1('bo', 'b-wave', '👋🏽 world', 'opinion'),
        d1('cy', 'c-wave', 'Héllo 👋🏽 world', 'opinion', { note: 'whole greeting' }),
        d1('ana', 'a-zh', '中文的主张', 'evidence'),
      ],
      relations: [
        { id: 'ra', type: 'supports', from: 'a-wave', to: 'a-min', annotator: 'ana' },
        { id: 'rb', type: 'supports', from: 'b-wave', to: 'b-min', annotator: 'bo' },
      ],
    }),
    record({
      id: 'd2',
      text: SECOND_TEXT,
      spans: [
        d2('ana', 'a-sec', 'Second', 'claim'),
        d2('bo', 'b-sec', 'Second', 'claim'),
        d2('cy', 'c-off', 'officials deny', 'evidence'),
      ],
    }),
  ]);
  context = new ServiceContext(project, { appVersion: '0.0.0-test' });
});
afterEach(() => {
  context.close();
  temp.cleanup();
});

function goldOf(document = 'd1') {
  return call(context, 'getAnnotations', { document, annotators: ['gold'], annotator: 'gold' });
}
function operations(): { kind: string; annotator: string | null; document: string | null }[] {
  return context.project.db
    .prepare('SELECT kind, annotator, document_uid AS document FROM operations ORDER BY id')
    .all() as never;
}
function groupAt(needle: string) {
  const { start } = at(MULTILINGUAL_TEXT, needle);
  const group = call(context, 'listDisagreements', { document: 'd1' }).groups.find(
    (g) => g.start <= start && start < g.end,
  );
  if (group === undefined) throw new Error(`no open group at "${needle}"`);
  return group;
}

describe('autoMerge', () => {
  it('copies spans a majority share into gold with exact code-point quotes, and the relations they share', () => {
    const report = call(context, 'autoMerge', {});
    expect(report).toEqual({
      annotators: ['ana', 'bo', 'cy'],
      k: 2,
      documentsChecked: 2,
      documents: [
        { document: 'd1', spans: 2, relations: 1 },
        { document: 'd2', spans: 1, relations: 0 },
      ],
      spansAccepted: 3,
      relationsAccepted: 1,
      disagreementsLeft: 3,
    });
    const { spans, relations } = goldOf();
    expect(spans.map((s) => [s.id, s.label, s.quote, s.note])).toEqual([
      ['gold:a-wave', 'opinion', '👋🏽 world', 'a greeting'],
      ['gold:a-min', 'claim', 'The minister said', ''],
    ]);
    for (const span of spans) expect(pySlice(MULTILINGUAL_TEXT, span.start, span.end)).toBe(span.quote);
    expect(relations).toEqual([
      { id: 'gold:ra', type: 'supports', from: 'gold:a-wave', to: 'gold:a-min', annotator: 'gold' },
    ]);
  });

  it('is one undoable gold edit per document, logged, and adds nothing when run again', () => {
    call(context, 'autoMerge', {});
    expect(operations().filter((op) => op.annotator === 'gold')).toEqual([
      { kind: 'span.create', annotator: 'gold', document: 'd1' },
      { kind: 'span.create', annotator: 'gold', document: 'd2' },
    ]);
    expect(call(context, 'autoMerge', {})).toMatchObject({
      documents: [],
      spansAccepted: 0,
      relationsAccepted: 0,
      disagreementsLeft: 3,
    });
    expect(goldOf().spans).toHaveLength(2);
    const undone = call(context, 'undoEdit', gold);
    expect(undone.changes.map((c) => c.kind)).toEqual(['relation.delete', 'span.delete', 'span.delete']);
    expect(goldOf()).toMatchObject({ spans: [], relations: [], history: { canUndo: false, canRedo: true } });
    expect(goldOf('d2').spans).toHaveLength(1);
  });

  it('takes k, the annotators and the documents to merge', () => {
    expect(call(context, 'autoMerge', { k: 3 })).toMatchObject({
      k: 3,
      spansAccepted: 1,
      documents: [{ document: 'd1', spans: 1, relations: 0 }],
    });
    expect(call(context, 'autoMerge', { annotators: ['cy', 'bo'], k: 1, documents: ['d2'] })).toMatchObject({
      annotators: ['cy', 'bo'],
      documentsChecked: 1,
      documents: [{ document: 'd2', spans: 2, relations: 0 }],
    });
    expect(goldOf('d2').spans.map((s) => s.id)).toEqual(['gold:b-sec', 'gold:c-off']);
  });

  it('says what is wrong with k, the annotators or the documents, and changes nothing', () => {
    expect(() => call(context, 'autoMerge', { k: 4 })).toThrow(
      'k is 4 but only 3 annotators are compared; give a k from 1 to 3',
    );
    expect(() => call(context, 'autoMerge', { k: 0 })).toThrow(/k is at least 1/);
    expect(() => call(context, 'autoMerge', { annotators: ['ana', 'gold'] })).toThrow(
      /leave it out of the annotators to compare/,
    );
    expect(() => call(context, 'autoMerge', { annotators: ['ana', 'zed'] })).toThrow(/no annotator named "zed"/);
    expect(() => call(context, 'autoMerge', { annotators: ['ana', 'ana'] })).toThrow(/named twice/);
    expect(() => call(context, 'autoMerge', { documents: ['d1', 'nope'] })).toThrow(/no document with id "nope"/);
    expect(goldOf().spans).toEqual([]);
  });
});

describe('curation', () => {
  beforeEach(() => call(context, 'autoMerge', {}));

  it('lists the open groups of a document with every version and what gold holds there', () => {
    const list = call(context, 'listDisagreements', { document: 'd1' });
    expect(list.annotators).toEqual(['ana', 'bo', 'cy']);
    expect(list.decided).toBe(0);
    expect(
      list.groups.map((g) => [
        pySlice(MULTILINGUAL_TEXT, g.start, g.end),
        g.versions.map((v) => v.spans.map((s) => s.id)),
      ]),
    ).toEqual([
      ['Héllo 👋🏽 world', [['a-wave'], ['b-wave'], ['c-wave']]],
      ['中文的主张', [['a-zh'], [], []]],
    ]);
    expect(list.groups[0]!.gold.map((s) => s.id)).toEqual(['gold:a-wave']);
    expect(call(context, 'getCurationProgress', {})).toEqual({
      annotators: ['ana', 'bo', 'cy'],
      documents: [
        { document: 'd1', open: 2, decided: 0 },
        { document: 'd2', open: 1, decided: 0 },
      ],
      open: 3,
      decided: 0,
    });
  });

  it('accepts an annotator’s version as gold: replaces gold’s span there, logs one entry, and undo and redo take it back and forth', () => {
    const group = groupAt('👋🏽');
    const result = call(context, 'resolveDisagreement', {
      document: 'd1',
      key: group.key,
      action: 'accept',
      version: 'cy',
    });
    expect(result.changes.map((c) => c.kind)).toEqual(['span.delete', 'span.create', 'decision.create']);
    expect(result.history).toEqual({ canUndo: true, canRedo: false });
    expect(goldOf().spans.map((s) => [s.id, s.quote, s.note])).toEqual([
      ['gold:c-wave', 'Héllo 👋🏽 world', 'whole greeting'],
      ['gold:a-min', 'The minister said', ''],
    ]);
    // The relation from the replaced span went with it.
    expect(goldOf().relations).toEqual([]);
    expect(call(context, 'listDisagreements', { document: 'd1' })).toMatchObject({
      decided: 1,
      groups: [{ versions: [{ spans: [{ id: 'a-zh' }] }, {}, {}] }],
    });
    expect(operations().at(-1)).toEqual({ kind: 'span.delete', annotator: 'gold', document: 'd1' });

    const undone = call(context, 'undoEdit', gold);
    expect(undone.changes.map((c) => c.kind)).toEqual(['decision.delete', 'span.delete', 'span.create']);
    expect(groupAt('👋🏽').key).toBe(group.key);
    expect(goldOf().relations).toHaveLength(1);
    call(context, 'redoEdit', gold);
    expect(call(context, 'listDisagreements', { document: 'd1' }).groups).toHaveLength(1);
    expect(
      operations()
        .slice(-2)
        .map((op) => op.kind),
    ).toEqual(['undo', 'redo']);
  });

  it('rejects all versions: records the decision alone, and the group is settled', () => {
    const group = groupAt('中文');
    const result = call(context, 'resolveDisagreement', { document: 'd1', key: group.key, action: 'reject' });
    expect(result.changes).toEqual([
      { kind: 'decision.create', decision: { key: group.key, action: 'reject', annotator: null, spans: [], gold: [] } },
    ]);
    expect(goldOf().spans).toHaveLength(2);
    expect(operations().at(-1)).toEqual({ kind: 'decision.create', annotator: 'gold', document: 'd1' });
    expect(() =>
      call(context, 'resolveDisagreement', { document: 'd1', key: group.key, action: 'accept', version: 'ana' }),
    ).toThrow(/already settled \(rejected\); undo that decision to change it/);
    expect(call(context, 'getCurationProgress', {})).toMatchObject({ open: 2, decided: 1 });
  });

  it('edits by accepting one span and then updating it as gold; two undos reopen the group', () => {
    const group = groupAt('中文');
    const accepted = call(context, 'resolveDisagreement', {
      document: 'd1',
      key: group.key,
      action: 'accept',
      spanId: 'a-zh',
    });
    expect(accepted.changes.at(-1)).toEqual({
      kind: 'decision.create',
      decision: { key: group.key, action: 'accept', annotator: 'ana', spans: ['a-zh'], gold: ['gold:a-zh'] },
    });
    const range = at(MULTILINGUAL_TEXT, '中文的主张在这里');
    call(context, 'updateSpan', { ...gold, id: 'gold:a-zh', end: range.end, label: 'claim' });
    expect(goldOf().spans.find((s) => s.id === 'gold:a-zh')).toMatchObject({
      label: 'claim',
      quote: '中文的主张在这里',
    });
    expect(call(context, 'listDisagreements', { document: 'd1' }).groups.map((g) => g.key)).not.toContain(group.key);
    call(context, 'undoEdit', gold);
    call(context, 'undoEdit', gold);
    expect(goldOf().spans.map((s) => s.id)).not.toContain('gold:a-zh');
    expect(groupAt('中文').key).toBe(group.key);
  });

  it('keeps decisions and the undo history when the project is closed and opened again', () => {
    const group = groupAt('中文');
    call(context, 'resolveDisagreement', { document: 'd1', key: group.key, action: 'reject' });
    context.close();
    context = contextOn(path);
    expect(call(context, 'listDisagreements', { document: 'd1' })).toMatchObject({
      decided: 1,
      groups: [{ key: groupAt('👋🏽').key }],
    });
    expect(call(context, 'undoEdit', gold).changes).toEqual([
      { kind: 'decision.delete', decision: expect.objectContaining({ key: group.key }) },
    ]);
    expect(call(context, 'listDisagreements', { document: 'd1' }).decided).toBe(0);
  });

  it('refuses unclear or stale requests with what to do', () => {
    const group = groupAt('👋🏽');
    const base = { document: 'd1', key: group.key } as const;
    expect(() => call(context, 'resolveDisagreement', { ...base, action: 'accept' })).toThrow(
      /either version \(an annotator’s name\) or spanId/,
    );
    expect(() =>
      call(context, 'resolveDisagreement', { ...base, action: 'accept', version: 'ana', spanId: 'a-wave' }),
    ).toThrow(/either version/);
    expect(() => call(context, 'resolveDisagreement', { ...base, action: 'reject', version: 'ana' })).toThrow(
      /a reject takes no version/,
    );
    expect(() => call(context, 'resolveDisagreement', { ...base, action: 'accept', spanId: 'a-zh' })).toThrow(
      /span "a-zh" is not part of disagreement/,
    );
    expect(() =>
      call(context, 'resolveDisagreement', { ...base, action: 'accept', version: 'cy', annotators: ['ana', 'bo'] }),
    ).toThrow(/no disagreement ".*" in document "d1"; .* list the disagreements again/);
    expect(() => call(context, 'resolveDisagreement', { ...base, key: '0-1:nothing', action: 'reject' })).toThrow(
      /no disagreement "0-1:nothing"/,
    );
    expect(() => call(context, 'listDisagreements', { document: 'nope' })).toThrow(/no document with id "nope"/);
    // Groups gold already holds in full are not disagreements.
    const d2Groups = call(context, 'listDisagreements', { document: 'd2' }).groups;
    expect(d2Groups.map((g) => g.versions[2]!.spans.map((s) => s.id))).toEqual([['c-off']]);
    expect(goldOf().history).toEqual({ canUndo: true, canRedo: false });
  });
});
