// The first saved span marks a new document in progress for its annotator, in the service, in the
// same transaction as the edit: every door (API, CLI, a second window) obeys it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDocuments } from '../../../main/db/importDocuments';
import { ServiceContext } from '../../../main/service/context';
import { record } from '../../helpers/records';
import { call, contextOn } from '../../helpers/serviceCalls';
import { openTempProject, type TempProject } from '../../helpers/tempProject';

let temp: TempProject;
let path: string;
let context: ServiceContext;
beforeEach(() => {
  temp = openTempProject((project) =>
    importDocuments(project.db, [
      record({ id: 'a', text: 'Alpha text here.' }),
      record({ id: 'b', text: 'Beta text here.' }, 2),
    ]),
  );
  ({ path, context } = temp);
});
afterEach(() => temp.cleanup());

function statuses(annotator: string): Record<string, string | undefined> {
  return Object.fromEntries(call(context, 'listDocuments', {}).map((d) => [d.id, d.status[annotator]]));
}

describe('the first saved span', () => {
  it('marks its own document in progress for its annotator only, and says so in the answer and the log', () => {
    const result = call(context, 'createSpan', {
      document: 'a',
      annotator: 'ana',
      id: 's1',
      start: 0,
      end: 5,
      label: 'claim',
    });
    expect(result.status).toEqual({ annotator: 'ana', from: 'new', to: 'in_progress' });
    expect(statuses('ana')).toEqual({ a: 'in_progress', b: undefined });
    expect(statuses('bo')).toEqual({ a: undefined, b: undefined });
    const logged = context.project.db
      .prepare("SELECT payload FROM operations WHERE kind = 'span.create'")
      .pluck()
      .get() as string;
    expect(JSON.parse(logged)).toMatchObject({ status: { annotator: 'ana', from: 'new', to: 'in_progress' } });
    // The second span changes nothing more.
    expect(
      call(context, 'createSpan', { document: 'a', annotator: 'ana', start: 6, end: 10, label: 'claim' }).status,
    ).toBeUndefined();
  });

  it('is obeyed by a second window on the same file, as by the CLI', () => {
    const other = contextOn(path);
    try {
      call(other, 'createSpan', { document: 'b', annotator: 'cy', start: 0, end: 4, label: 'opinion' });
    } finally {
      other.close();
    }
    expect(statuses('cy')).toEqual({ a: undefined, b: 'in_progress' });
  });

  it('leaves done and in-progress documents as they are', () => {
    call(context, 'setDocumentStatus', { document: 'a', annotator: 'ana', status: 'done' });
    expect(
      call(context, 'createSpan', { document: 'a', annotator: 'ana', start: 0, end: 5, label: 'claim' }).status,
    ).toBeUndefined();
    expect(statuses('ana').a).toBe('done');
  });

  it('stays in progress when the span is undone (undo takes back spans, not the status); a redo after a manual reset marks it again', () => {
    call(context, 'createSpan', { document: 'a', annotator: 'ana', id: 's1', start: 0, end: 5, label: 'claim' });
    call(context, 'undoEdit', { document: 'a', annotator: 'ana' });
    expect(call(context, 'getAnnotations', { document: 'a', annotators: ['ana'], annotator: 'ana' }).spans).toEqual([]);
    expect(statuses('ana').a).toBe('in_progress');
    call(context, 'setDocumentStatus', { document: 'a', annotator: 'ana', status: 'new' });
    const redone = call(context, 'redoEdit', { document: 'a', annotator: 'ana' });
    expect(redone.status).toEqual({ annotator: 'ana', from: 'new', to: 'in_progress' });
    expect(statuses('ana').a).toBe('in_progress');
  });

  it('changes no status when the edit is refused', () => {
    expect(() =>
      call(context, 'createSpan', { document: 'a', annotator: 'ana', start: 0, end: 500, label: 'claim' }),
    ).toThrow(/past the end/);
    expect(statuses('ana').a).toBeUndefined();
  });
});
