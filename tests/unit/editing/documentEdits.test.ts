// Documents can be renamed, deleted with everything on them, and restored by one undo of the delete.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDocuments } from '../../../main/db/importDocuments';
import { ServiceContext } from '../../../main/service/context';
import { createProject } from '../../../main/service/project';
import { record } from '../../helpers/records';
import { call } from '../../helpers/serviceCalls';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let context: ServiceContext;
beforeEach(() => {
  temp = makeTempDir();
  const project = createProject(join(temp.dir, 'p.spanmark'));
  importDocuments(project.db, [
    record({ id: 'a', text: 'First text.\r\nWith CRLF.', meta: { source: 'x' } }),
    record({ id: 'b', text: 'Second text here.' }, 2),
    record({ id: 'c', text: 'Third.' }, 3),
  ]);
  context = new ServiceContext(project, { appVersion: '0.0.0-test' });
});
afterEach(() => {
  context.close();
  temp.cleanup();
});

function annotationsOf(document: string) {
  return call(context, 'getAnnotations', { document, annotators: ['ana', 'bo'], annotator: 'ana' });
}

describe('renaming a document', () => {
  it('changes its title only, and logs the old and new title', () => {
    expect(call(context, 'renameDocument', { document: 'b', title: '  Riots in the capital ' })).toBe(
      'Riots in the capital',
    );
    expect(call(context, 'listDocuments', {}).map((d) => d.title)).toEqual(['a', 'Riots in the capital', 'c']);
    expect(call(context, 'getDocument', { id: 'b' }).text).toBe('Second text here.');
    const logged = context.project.db
      .prepare("SELECT payload FROM operations WHERE kind = 'document.rename'")
      .pluck()
      .get() as string;
    expect(JSON.parse(logged)).toEqual({ before: 'b', after: 'Riots in the capital' });
    expect(() => call(context, 'renameDocument', { document: 'b', title: '   ' })).toThrow(/cannot be empty/);
    expect(() => call(context, 'renameDocument', { document: 'zz', title: 'x' })).toThrow(/no document with id "zz"/);
  });
});

describe('deleting a document', () => {
  it('takes its spans, relations and statuses with it, says whose, and one restore brings all of it back in its place', () => {
    call(context, 'createSpan', {
      document: 'b',
      annotator: 'ana',
      id: 's1',
      start: 0,
      end: 6,
      label: 'claim',
      note: 'n',
    });
    call(context, 'createSpan', {
      document: 'b',
      annotator: 'ana',
      id: 's2',
      start: 7,
      end: 11,
      label: 'propaganda',
      technique: 'Doubt',
    });
    call(context, 'createRelation', {
      document: 'b',
      annotator: 'ana',
      id: 'r1',
      type: 'supports',
      from: 's2',
      to: 's1',
    });
    call(context, 'createSpan', { document: 'b', annotator: 'bo', id: 't1', start: 0, end: 6, label: 'opinion' });
    call(context, 'setDocumentStatus', { document: 'b', annotator: 'bo', status: 'done' });
    const before = {
      document: call(context, 'getDocument', { id: 'b' }),
      annotations: annotationsOf('b'),
      list: call(context, 'listDocuments', {}),
    };

    const deleted = call(context, 'deleteDocument', { document: 'b', annotator: 'ana' });
    expect(deleted).toEqual({
      document: 'b',
      title: 'b',
      operation: expect.any(Number),
      spans: { ana: 2, bo: 1 },
      relations: 1,
    });
    expect(call(context, 'listDocuments', {}).map((d) => d.id)).toEqual(['a', 'c']);
    expect(() => annotationsOf('b')).toThrow(/no document with id "b"/);
    expect(context.project.db.prepare('SELECT count(*) FROM spans').pluck().get()).toBe(0);

    expect(call(context, 'restoreDocument', { operation: deleted.operation })).toBe('b');
    expect(call(context, 'getDocument', { id: 'b' })).toEqual(before.document);
    expect(annotationsOf('b').spans).toEqual(before.annotations.spans);
    expect(annotationsOf('b').relations).toEqual(before.annotations.relations);
    expect(call(context, 'listDocuments', {})).toEqual(before.list);
    // Undo history of the spans still works after the restore.
    expect(call(context, 'undoEdit', { document: 'b', annotator: 'ana' }).changes[0]).toMatchObject({
      kind: 'relation.delete',
    });
  });

  it('refuses a second restore, an unknown operation, and a restore whose label left the scheme', () => {
    call(context, 'createSpan', { document: 'a', annotator: 'ana', start: 0, end: 5, label: 'opinion' });
    const deleted = call(context, 'deleteDocument', { document: 'a' });
    expect(() => call(context, 'restoreDocument', { operation: 9999 })).toThrow(/not the delete of a document/);
    const scheme = call(context, 'getScheme', {});
    call(context, 'updateScheme', { ...scheme, labels: scheme.labels.filter((label) => label.key !== 'opinion') });
    expect(() => call(context, 'restoreDocument', { operation: deleted.operation })).toThrow(
      /"opinion", no longer in this project's scheme/,
    );
    call(context, 'updateScheme', scheme);
    call(context, 'restoreDocument', { operation: deleted.operation });
    expect(() => call(context, 'restoreDocument', { operation: deleted.operation })).toThrow(/is in the project again/);
    expect(call(context, 'listDocuments', {}).map((d) => d.id)).toEqual(['a', 'b', 'c']);
  });
});
