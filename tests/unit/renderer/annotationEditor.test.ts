// The editor's write path against the real service (dispatch over a temp SQLite project): edits
// show at once, count as saved only after the answer, and a refused edit never looks saved.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDocuments } from '../../../main/db/importDocuments';
import { ServiceContext } from '../../../main/service/context';
import { dispatch } from '../../../main/service/dispatch';
import { createProject } from '../../../main/service/project';
import type { MethodName } from '../../../shared/api';
import { clientFromTransport } from '../../../renderer/api/client';
import { AnnotationEditor } from '../../../renderer/annotate/annotationEditor';
import { AnnotationStore } from '../../../renderer/annotate/annotationStore';
import { indexText } from '../../../renderer/editor/selectionSnapping';
import { codePointRange, MULTILINGUAL_TEXT, pySlice } from '../../helpers/multilingualText';
import { record } from '../../helpers/records';
import { call } from '../../helpers/serviceCalls';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let context: ServiceContext;
/** Methods the fake network refuses, as a stopped host would. */
let refused: Set<MethodName>;
let store: AnnotationStore;
let editor: AnnotationEditor;

const who = { document: 'd1', annotator: 'ana' };

function load() {
  return call(context, 'getAnnotations', { document: 'd1', annotators: ['ana'], annotator: 'ana' });
}

beforeEach(() => {
  temp = makeTempDir();
  const project = createProject(join(temp.dir, 'p.spanmark'));
  importDocuments(project.db, [record({ id: 'd1', text: MULTILINGUAL_TEXT })]);
  context = new ServiceContext(project, { appVersion: '0.0.0-test' });
  refused = new Set();
  const client = clientFromTransport(async (method, params) => {
    // Answers arrive later, as over a real transport.
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (refused.has(method)) return { ok: false, error: { code: 'io', message: 'the project file is read-only' } };
    return dispatch(context, method, params);
  });
  store = new AnnotationStore(load());
  editor = new AnnotationEditor(store, {
    client,
    ...who,
    text: indexText(MULTILINGUAL_TEXT),
    reload: async () => load(),
  });
});
afterEach(() => {
  context.close();
  temp.cleanup();
});

describe('the annotation editor', () => {
  it('draws a new span at once as saving, and marks it saved only after the API stored it', async () => {
    const range = codePointRange(MULTILINGUAL_TEXT, '👋🏽 world');
    const id = editor.createSpan(range, 'claim');
    expect(store.getSnapshot().byId.get(id)).toMatchObject({ quote: '👋🏽 world', label: 'claim' });
    expect(store.getSnapshot().saveStates.get(id)).toBe('saving');
    expect(store.getSnapshot().pendingWrites).toBe(1);
    await editor.settled();
    expect(store.getSnapshot().saveStates.has(id)).toBe(false);
    expect(store.getSnapshot().pendingWrites).toBe(0);
    const stored = load().spans;
    expect(stored).toEqual([
      expect.objectContaining({ id, ...range, quote: pySlice(MULTILINGUAL_TEXT, range.start, range.end) }),
    ]);
    expect(store.getSnapshot().history.canUndo).toBe(true);
  });

  it('keeps a refused new span on screen as unsaved with the reason, and saves it on retry', async () => {
    refused.add('createSpan');
    const id = editor.createSpan(codePointRange(MULTILINGUAL_TEXT, '中文的主张'), 'claim');
    // A technique set meanwhile cannot be saved either, and adds no second error.
    void editor.updateSpan(id, { note: 'later' });
    await editor.settled();
    expect(store.getSnapshot().saveStates.get(id)).toBe('failed');
    expect(store.getSnapshot().saveErrors.get(id)).toBe('the project file is read-only');
    expect(store.getSnapshot().error).toBe(
      'Spanmark could not save this span. Check that the project file is still reachable, then Retry. Span: claim “中文的主张”. Reason: the project file is read-only',
    );
    expect(load().spans).toEqual([]);

    refused.clear();
    editor.retryCreate(id);
    expect(store.getSnapshot().saveStates.get(id)).toBe('saving');
    await editor.settled();
    expect(store.getSnapshot().saveStates.has(id)).toBe(false);
    expect(load().spans.map((s) => s.id)).toEqual([id]);
  });

  it('takes the save error away when the retried write lands, and only then', async () => {
    refused.add('createSpan');
    const first = editor.createSpan(codePointRange(MULTILINGUAL_TEXT, '中文的主张'), 'claim');
    const second = editor.createSpan(codePointRange(MULTILINGUAL_TEXT, 'aid arrived'), 'evidence');
    await editor.settled();
    expect(store.getSnapshot().error).toContain('Span: evidence “aid arrived”');
    refused.clear();
    editor.retryCreate(first);
    expect(store.getSnapshot().error).not.toBeNull(); // still saving
    await editor.settled();
    // One of the two refused spans is still not saved: the banner stays.
    expect(store.getSnapshot().error).not.toBeNull();
    editor.discard(second);
    expect(store.getSnapshot().error).toBeNull();
  });

  it('keeps an error about something other than an unsaved span until it is dismissed', async () => {
    refused.add('createSpan');
    const id = editor.createSpan(codePointRange(MULTILINGUAL_TEXT, '中文的主张'), 'claim');
    await editor.settled();
    store.setError('Undo failed: the project file is read-only');
    refused.clear();
    editor.retryCreate(id);
    await editor.settled();
    expect(store.getSnapshot().saveStates.has(id)).toBe(false);
    expect(store.getSnapshot().error).toBe('Undo failed: the project file is read-only');
  });

  it('takes back a refused relabel on screen and says so', async () => {
    const id = editor.createSpan(codePointRange(MULTILINGUAL_TEXT, 'aid arrived'), 'claim');
    await editor.settled();
    refused.add('updateSpan');
    const saved = editor.updateSpan(id, { label: 'evidence' }, 'The new label');
    expect(store.getSnapshot().byId.get(id)?.label).toBe('evidence');
    expect(await saved).toBe(false);
    expect(store.getSnapshot().byId.get(id)?.label).toBe('claim');
    expect(store.getSnapshot().saveStates.has(id)).toBe(false);
    expect(store.getSnapshot().error).toContain(
      'The new label to “aid arrived” was not saved and was undone on screen',
    );
  });

  it('undoes and redoes every kind of edit with the answers of the operation log', async () => {
    const claim = editor.createSpan(codePointRange(MULTILINGUAL_TEXT, 'The minister said'), 'claim');
    const evidence = editor.createSpan(codePointRange(MULTILINGUAL_TEXT, 'aid arrived'), 'evidence');
    void editor.updateSpan(claim, { end: codePointRange(MULTILINGUAL_TEXT, 'The minister').end });
    void editor.createRelation(evidence, claim, 'supports');
    await editor.settled();
    expect(store.getSnapshot().relations).toHaveLength(1);
    void editor.deleteSpan(evidence);
    expect(store.getSnapshot().relations).toHaveLength(0);
    await editor.settled();

    await editor.undo(); // the delete: span and relation are back
    expect(store.getSnapshot().byId.has(evidence)).toBe(true);
    expect(store.getSnapshot().relations).toHaveLength(1);
    await editor.undo(); // the relation
    expect(store.getSnapshot().relations).toHaveLength(0);
    await editor.undo(); // the resize
    expect(store.getSnapshot().byId.get(claim)?.quote).toBe('The minister said');
    await editor.redo();
    expect(store.getSnapshot().byId.get(claim)?.quote).toBe('The minister');
    expect(store.getSnapshot().history).toEqual({ canUndo: true, canRedo: true });
    // What the screen holds is what the project holds.
    expect(new Set(load().spans.map((s) => `${s.id}:${s.quote}`))).toEqual(
      new Set(store.getSnapshot().spans.map((s) => `${s.id}:${s.quote}`)),
    );
  });

  it('keeps the newest local state while several edits of one span are in flight', async () => {
    const id = editor.createSpan(codePointRange(MULTILINGUAL_TEXT, 'minister'), 'claim');
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.getSnapshot().byId.get(id)?.label ?? '-'));
    void editor.updateSpan(id, { label: 'evidence' });
    void editor.updateSpan(id, { label: 'opinion' });
    await editor.settled();
    // Never back to an older label once a newer one was shown.
    expect(seen.slice(seen.indexOf('opinion'))).toEqual(seen.slice(seen.indexOf('opinion')).map(() => 'opinion'));
    expect(load().spans[0]?.label).toBe('opinion');
  });

  it('reports a notice when there is nothing to undo', async () => {
    await editor.undo();
    expect(store.getSnapshot().notice).toBe('Undo: nothing to undo');
  });
});
