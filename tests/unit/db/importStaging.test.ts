// Imports are staged and published at once: references between new and existing rows survive the
// move, and a failed import leaves the project (its scheme included) as it was.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDocuments } from '../../../main/db/exportDocuments';
import { importDocuments } from '../../../main/db/importDocuments';
import { getScheme } from '../../../main/db/scheme';
import { projectStats } from '../../../main/db/stats';
import { createProject, type Project } from '../../../main/service/project';
import { record } from '../../helpers/records';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let project: Project;
beforeEach(() => {
  temp = makeTempDir();
  project = createProject(join(temp.dir, 'p.spanmark'));
});
afterEach(() => {
  project.db.close();
  temp.cleanup();
});

describe('a staged import', () => {
  it('links new spans, relations and statuses to new and existing documents and annotators', () => {
    importDocuments(project.db, [
      record({ id: 'old', text: 'old text here', spans: [{ id: 'o1', start: 0, end: 3, label: 'claim', annotator: 'ana' }] }),
    ]);
    const report = importDocuments(project.db, [
      record({
        id: 'old',
        text: 'old text here',
        // o1 is already in the project; o2 is new: the relation links a staged span to a stored one.
        spans: [
          { id: 'o1', start: 0, end: 3, label: 'claim', annotator: 'ana' },
          { id: 'o2', start: 4, end: 8, label: 'evidence', annotator: 'newcomer' },
        ],
        relations: [{ id: 'r1', type: 'supports', from: 'o2', to: 'o1' }],
        status: { newcomer: 'done' },
      }),
      record({ id: 'new', text: 'new text', spans: [{ id: 'n1', start: 0, end: 3, label: 'claim', annotator: 'newcomer' }], status: { ana: 'in_progress' } }, 2),
      // The same document again in the same import: matched against the staged one.
      record({ id: 'new', text: 'new text', spans: [{ id: 'n1', start: 0, end: 3, label: 'claim', annotator: 'newcomer' }] }, 3),
    ]);
    expect(report).toMatchObject({ documentsAdded: 1, documentsMatched: 2, spansAdded: 2, relationsAdded: 1 });
    const documents = [...exportDocuments(project.db, { annotators: [] })];
    const old = documents.find((d) => d.id === 'old')!;
    expect(old.spans.map((s) => [s.id, s.annotator, s.start, s.end])).toEqual([
      ['o1', 'ana', 0, 3],
      ['o2', 'newcomer', 4, 8],
    ]);
    expect(old.relations).toEqual([expect.objectContaining({ id: 'r1', from: 'o2', to: 'o1', annotator: 'newcomer' })]);
    expect(old.status).toEqual({ newcomer: 'done' });
    const added = documents.find((d) => d.id === 'new')!;
    expect(added.spans.map((s) => [s.id, s.annotator])).toEqual([['n1', 'newcomer']]);
    expect(added.status).toEqual({ ana: 'in_progress' });
  });

  it('leaves the project and its scheme as they were when a later record fails', () => {
    const labelsBefore = getScheme(project.db).labels.map((label) => label.key);
    const good = record({ id: 'a', text: 'some text', spans: [{ start: 0, end: 4, label: 'brand_new_label', annotator: 'zoe' }] });
    const bad = record({ id: 'b', text: 'ab', spans: [{ start: 0, end: 9, label: 'claim' }] }, 2);
    expect(() => importDocuments(project.db, [good, bad])).toThrow(/test\.jsonl:2/u);
    expect(getScheme(project.db).labels.map((label) => label.key)).toEqual(labelsBefore);
    expect(projectStats(project.db)).toMatchObject({ documents: 0, spans: 0 });
    // The staging tables are gone, so the next import starts clean.
    expect(importDocuments(project.db, [good]).spansAdded).toBe(1);
  });
});
