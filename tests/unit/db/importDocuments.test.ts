import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDocuments } from '../../../main/db/exportDocuments';
import { FALLBACK_ANNOTATOR, importDocuments } from '../../../main/db/importDocuments';
import { getScheme } from '../../../main/db/scheme';
import { projectStats } from '../../../main/db/stats';
import { createProject, type Project } from '../../../main/service/project';
import { InputError } from '../../../shared/errors';
import { sliceCodePoints } from '../../../shared/offsets';
import { codePointRange, MULTILINGUAL_TEXT } from '../../helpers/multilingualText';
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

const emoji = codePointRange(MULTILINGUAL_TEXT, '👋🏽 world');
const arabic = codePointRange(MULTILINGUAL_TEXT, 'مرحبا بالعالم');

describe('importing documents', () => {
  it('stores text exactly and spans with code-point offsets whose quote is the covered text', () => {
    importDocuments(project.db, [
      record({
        id: 'd1',
        text: MULTILINGUAL_TEXT,
        spans: [
          { id: 's1', ...emoji, label: 'claim', annotator: 'ana' },
          { id: 's2', ...arabic, label: 'evidence', annotator: 'ana' },
        ],
        relations: [{ id: 'r1', type: 'supports', from: 's2', to: 's1' }],
        status: { ana: 'in_progress' },
      }),
    ]);
    const [exported] = [...exportDocuments(project.db, { annotators: [] })];
    expect(exported!.text).toBe(MULTILINGUAL_TEXT);
    for (const span of exported!.spans) {
      expect(span.quote).toBe(sliceCodePoints(MULTILINGUAL_TEXT, span.start, span.end));
    }
    expect(exported!.spans.map((s) => s.quote)).toEqual(['👋🏽 world', 'مرحبا بالعالم']);
    expect(exported!.relations).toEqual([{ id: 'r1', type: 'supports', from: 's2', to: 's1', annotator: 'ana' }]);
    expect(exported!.status).toEqual({ ana: 'in_progress' });
  });

  it('rolls the whole import back when a later record is bad', () => {
    const good = record({
      id: 'good',
      text: 'fine text',
      spans: [{ id: 'a', start: 0, end: 4, label: 'claim', annotator: 'ana' }],
    });
    const clash = record({ id: 'good', text: 'another text under the same id' }, 2);
    expect(() => importDocuments(project.db, [good, clash])).toThrow(InputError);
    expect(() => importDocuments(project.db, [good, clash])).toThrow(
      /test\.jsonl:2: document "good" is already in the project with a different text/,
    );
    expect(projectStats(project.db)).toMatchObject({ documents: 0, spans: 0, annotators: [] });
  });

  it('rolls back when reading the input fails midway', () => {
    function* failingRecords() {
      yield record({ id: 'first', text: 'text' });
      throw new InputError('broken.jsonl', 7, 'not valid JSON');
    }
    expect(() => importDocuments(project.db, failingRecords())).toThrow(/broken\.jsonl:7/);
    expect(projectStats(project.db).documents).toBe(0);
  });

  it('adds annotations to a document with the same id and text, and adds nothing when imported twice', () => {
    importDocuments(project.db, [record({ id: 'd', text: 'same text' })]);
    const withSpans = record({
      id: 'd',
      text: 'same text',
      spans: [{ id: 's', start: 0, end: 4, label: 'opinion', annotator: 'bo' }],
    });
    const first = importDocuments(project.db, [withSpans]);
    const second = importDocuments(project.db, [withSpans]);
    expect(first).toMatchObject({ documentsAdded: 0, documentsMatched: 1, spansAdded: 1 });
    expect(second).toMatchObject({ documentsMatched: 1, spansAdded: 0 });
    expect(projectStats(project.db).spans).toBe(1);
  });

  it('refuses a different span under an id the document already has', () => {
    importDocuments(project.db, [
      record({ id: 'd', text: 'same text', spans: [{ id: 's', start: 0, end: 4, label: 'claim', annotator: 'bo' }] }),
    ]);
    expect(() =>
      importDocuments(project.db, [
        record({ id: 'd', text: 'same text', spans: [{ id: 's', start: 0, end: 9, label: 'claim', annotator: 'bo' }] }),
      ]),
    ).toThrow(/span id "s" is already in document "d"/);
  });

  it('adds unknown labels and relation types to the scheme with a warning', () => {
    const report = importDocuments(project.db, [
      record({
        id: 'd',
        text: 'abc def',
        spans: [
          { id: 'a', start: 0, end: 3, label: 'hedge', annotator: 'ana' },
          { id: 'b', start: 4, end: 7, label: 'claim', annotator: 'ana' },
        ],
        relations: [{ type: 'rephrases', from: 'a', to: 'b' }],
      }),
    ]);
    expect(report.warnings).toEqual([
      `test.jsonl:1: label "hedge" is not in the project's scheme; added it`,
      `test.jsonl:1: relation type "rephrases" is not in the project's scheme; added it`,
    ]);
    const scheme = getScheme(project.db);
    expect(scheme.labels.map((l) => l.key)).toContain('hedge');
    expect(scheme.relationTypes.map((t) => t.key)).toContain('rephrases');
  });

  it('files a technique given as the label under its parent label', () => {
    importDocuments(project.db, [
      record({
        id: 'd',
        text: 'abc def',
        spans: [{ id: 'a', start: 0, end: 3, label: 'Loaded_Language', annotator: 'ana' }],
      }),
    ]);
    const [document] = [...exportDocuments(project.db, { annotators: [] })];
    expect(document!.spans[0]).toMatchObject({ label: 'propaganda', technique: 'Loaded_Language' });
    expect(projectStats(project.db).labels).toEqual({ claim: 0, evidence: 0, opinion: 0, propaganda: 1 });
  });

  it('gives spans without an annotator to --annotator, or to a fallback with a warning', () => {
    importDocuments(project.db, [record({ id: 'd1', text: 'abc', spans: [{ start: 0, end: 1, label: 'claim' }] })], {
      annotator: 'zoe',
    });
    const report = importDocuments(project.db, [
      record({ id: 'd2', text: 'abc', spans: [{ start: 0, end: 1, label: 'claim' }] }),
    ]);
    expect(projectStats(project.db).annotators).toEqual([FALLBACK_ANNOTATOR, 'zoe']);
    expect(report.warnings[0]).toMatch(/--annotator NAME/);
  });

  it('exports only the selected annotators, dropping relations whose spans are not exported', () => {
    importDocuments(project.db, [
      record({
        id: 'd',
        text: 'abc def ghi',
        spans: [
          { id: 'a', start: 0, end: 3, label: 'evidence', annotator: 'ana' },
          { id: 'b', start: 4, end: 7, label: 'claim', annotator: 'bo' },
          { id: 'c', start: 8, end: 11, label: 'claim', annotator: 'ana' },
        ],
        relations: [
          { id: 'r1', type: 'supports', from: 'a', to: 'b', annotator: 'ana' },
          { id: 'r2', type: 'supports', from: 'a', to: 'c', annotator: 'ana' },
        ],
        status: { ana: 'done', bo: 'new' },
      }),
    ]);
    const [document] = [...exportDocuments(project.db, { annotators: ['ana'] })];
    expect(document!.spans.map((s) => s.id)).toEqual(['a', 'c']);
    expect(document!.relations.map((r) => r.id)).toEqual(['r2']);
    expect(document!.status).toEqual({ ana: 'done' });
  });
});

describe('span ids of several annotators', () => {
  it('keeps two annotators’ T1 apart by prefixing the later one’s ids with its name, and re-importing adds nothing', () => {
    const text = 'Claims and evidence.';
    const file = (annotator: string, start: number) =>
      record({
        id: 'essay',
        text,
        spans: [
          { id: 'T1', start, end: start + 6, label: 'claim', annotator },
          { id: 'T2', start: 11, end: 19, label: 'evidence', annotator },
        ],
        relations: [{ id: 'R1', type: 'supports', from: 'T2', to: 'T1', annotator }],
      });
    importDocuments(project.db, [file('ann1', 0)]);
    importDocuments(project.db, [file('ann2', 1)]);
    const again = importDocuments(project.db, [file('ann2', 1)]);
    expect(again).toMatchObject({ spansAdded: 0, relationsAdded: 0 });
    const [document] = [...exportDocuments(project.db, { annotators: [] })];
    expect(document!.spans.map((span) => [span.id, span.annotator, span.start]).sort()).toEqual([
      ['T1', 'ann1', 0],
      ['T2', 'ann1', 11],
      ['ann2:T1', 'ann2', 1],
      ['ann2:T2', 'ann2', 11],
    ]);
    expect(document!.relations.find((relation) => relation.annotator === 'ann2')).toMatchObject({
      id: 'ann2:R1',
      from: 'ann2:T2',
      to: 'ann2:T1',
    });
  });
});

// Imports are staged and published at once: references between new and existing rows survive the
// move, and a failed import leaves the project (its scheme included) as it was.
describe('a staged import', () => {
  it('links new spans, relations and statuses to new and existing documents and annotators', () => {
    importDocuments(project.db, [
      record({
        id: 'old',
        text: 'old text here',
        spans: [{ id: 'o1', start: 0, end: 3, label: 'claim', annotator: 'ana' }],
      }),
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
      record(
        {
          id: 'new',
          text: 'new text',
          spans: [{ id: 'n1', start: 0, end: 3, label: 'claim', annotator: 'newcomer' }],
          status: { ana: 'in_progress' },
        },
        2,
      ),
      // The same document again in the same import: matched against the staged one.
      record(
        { id: 'new', text: 'new text', spans: [{ id: 'n1', start: 0, end: 3, label: 'claim', annotator: 'newcomer' }] },
        3,
      ),
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
    const good = record({
      id: 'a',
      text: 'some text',
      spans: [{ start: 0, end: 4, label: 'brand_new_label', annotator: 'zoe' }],
    });
    const bad = record({ id: 'b', text: 'ab', spans: [{ start: 0, end: 9, label: 'claim' }] }, 2);
    expect(() => importDocuments(project.db, [good, bad])).toThrow(/test\.jsonl:2/u);
    expect(getScheme(project.db).labels.map((label) => label.key)).toEqual(labelsBefore);
    expect(projectStats(project.db)).toMatchObject({ documents: 0, spans: 0 });
    // The staging tables are gone, so the next import starts clean.
    expect(importDocuments(project.db, [good]).spansAdded).toBe(1);
  });
});
