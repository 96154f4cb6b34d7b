// Issue 9 items 6–8: every door (API params, imports, the scheme editor) applies the same rules
// to text, names, keys and paths, so nothing one door lets in breaks another.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceContext } from '../../../main/service/context';
import { validateDraft } from '../../../renderer/settings/draftValidation';
import { draftFromScheme } from '../../../renderer/settings/schemeDraft';
import { call } from '../../helpers/serviceCalls';
import { openTempProject, type TempProject } from '../../helpers/tempProject';

let temp: TempProject;
let context: ServiceContext;
beforeEach(() => {
  temp = openTempProject();
  context = temp.context;
});
afterEach(() => temp.cleanup());

const LONE = '\ud83d'; // the first half of 😀 without its second half

/** Writes native JSONL lines and returns the file's path. */
function jsonl(name: string, ...records: object[]): string {
  const path = join(temp.dir, name);
  writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path;
}

function failure(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected a failure');
}

function importOne(path: string, extra: object = {}) {
  return call(context, 'importFiles', { paths: [path], ...extra });
}

describe('lone surrogates are refused at every door, saying where (item 6)', () => {
  it('API: a note, a label name and a guideline with a lone surrogate are bad params naming the field', () => {
    importOne(jsonl('a.jsonl', { id: 'd1', text: 'Hello world' }));
    const note = failure(() =>
      call(context, 'createSpan', {
        document: 'd1',
        annotator: 'ana',
        start: 0,
        end: 5,
        label: 'claim',
        note: `x${LONE}y`,
      }),
    );
    expect(note).toMatchObject({ code: 'bad_params' });
    expect(note.message).toMatch(/lone surrogate \\ud83d at character 2.*\(note\)/u);
    const scheme = call(context, 'getScheme', {});
    const badName = { ...scheme, labels: scheme.labels.map((l, i) => (i === 0 ? { ...l, name: `Cl${LONE}aim` } : l)) };
    expect(failure(() => call(context, 'updateScheme', badName)).message).toMatch(
      /lone surrogate.*\(labels\.0\.name\)/u,
    );
    const badGuide = { ...scheme, labels: scheme.labels.map((l, i) => (i === 0 ? { ...l, description: LONE } : l)) };
    expect(failure(() => call(context, 'updateScheme', badGuide)).message).toMatch(
      /lone surrogate.*\(labels\.0\.description\)/u,
    );
  });

  it('import: text, title, meta, notes and quotes with a lone surrogate are refused with file and line; nothing is stored', () => {
    const cases: [object, RegExp][] = [
      [
        { id: 'd1', text: `ab${LONE}c` },
        /b\.jsonl:2: document "d1": the text contains a lone surrogate \\ud83d at character 3/u,
      ],
      [{ id: 'd1', title: LONE, text: 'abc' }, /b\.jsonl:2: document "d1": the title contains a lone surrogate/u],
      [
        { id: 'd1', text: 'abc', meta: { source: { name: LONE } } },
        /b\.jsonl:2: document "d1": field "meta\.source\.name" contains a lone surrogate/u,
      ],
      [
        { id: 'd1', text: 'abc', spans: [{ id: 's1', start: 0, end: 1, label: 'claim', note: LONE }] },
        /b\.jsonl:2: document "d1": span "s1": field "note" contains a lone surrogate/u,
      ],
    ];
    for (const [bad, expected] of cases) {
      const path = jsonl('b.jsonl', { id: 'ok', text: 'fine' }, bad);
      expect(failure(() => importOne(path)).message).toMatch(expected);
      expect(call(context, 'listDocuments', {})).toEqual([]);
    }
  });

  it('scheme editor: a label name with a lone surrogate is a problem of that field', () => {
    const scheme = call(context, 'getScheme', {});
    const draft = draftFromScheme({
      ...scheme,
      labels: scheme.labels.map((l, i) => (i === 0 ? { ...l, name: `x${LONE}` } : l)),
    });
    const problems = validateDraft(draft);
    expect([...problems.fields.values()].join('\n')).toMatch(/lone surrogate/u);
  });
});

describe('NUL and control characters are refused in paths and names (item 7)', () => {
  it('createProject with a NUL in the path is refused before SQLite sees it, and no file appears', () => {
    const target = join(temp.dir, 'new.spanmark');
    const error = failure(() => call(context, 'createProject', { path: `${target}\u0000.db` }));
    expect(error).toMatchObject({ code: 'bad_params' });
    expect(error.message).toMatch(/control character \(U\+0000\).*\(path\)/u);
    expect(existsSync(target)).toBe(false);
  });

  it('import paths, export targets, merge paths, annotator names and label keys with control characters are bad params', () => {
    expect(failure(() => call(context, 'importFiles', { paths: [`${temp.dir}/a\u0001.jsonl`] })).message).toMatch(
      /U\+0001.*\(paths\.0\)/u,
    );
    expect(
      failure(() => call(context, 'exportFile', { format: 'jsonl', out: `${temp.dir}/o\u0000.jsonl` })).message,
    ).toMatch(/U\+0000.*\(out\)/u);
    expect(failure(() => call(context, 'mergeProjects', { paths: [`${temp.dir}/x\u001b.spanmark`] })).message).toMatch(
      /U\+001B/u,
    );
    expect(failure(() => call(context, 'createAnnotator', { name: 'ana\u0007' })).message).toMatch(/U\+0007/u);
    const scheme = call(context, 'getScheme', {});
    expect(
      failure(() =>
        call(context, 'updateScheme', {
          ...scheme,
          labels: [...scheme.labels, { ...scheme.labels[0]!, key: 'x\u0085', shortcut: null }],
        }),
      ).message,
    ).toMatch(/U\+0085/u);
  });

  it('an imported annotator name with a control character is refused with file and line', () => {
    const path = jsonl('c.jsonl', {
      id: 'd1',
      text: 'abc',
      spans: [{ start: 0, end: 1, label: 'claim', annotator: 'ana\u0000' }],
    });
    expect(failure(() => importOne(path)).message).toMatch(
      /c\.jsonl:1: document "d1": span #1: the annotator name "ana\\u0000" contains a control character \(U\+0000\)/u,
    );
  });
});

describe('import, API and scheme editor share one set of rules (item 8)', () => {
  it('an annotator named "Smith, J." imports, and then reading, editing and saving the scheme all work', () => {
    importOne(
      jsonl('d.jsonl', {
        id: 'd1',
        text: 'Hello world',
        spans: [{ id: 's1', start: 0, end: 5, label: 'claim', annotator: 'Smith, J.' }],
      }),
    );
    const annotators = call(context, 'listAnnotators', {});
    expect(annotators).toEqual(['Smith, J.']);
    const read = call(context, 'getAnnotations', { document: 'd1', annotators, annotator: 'Smith, J.' });
    expect(read.spans.map((s) => s.id)).toEqual(['s1']);
    call(context, 'updateSpan', { document: 'd1', annotator: 'Smith, J.', id: 's1', end: 11 });
    expect(call(context, 'createAnnotator', { name: 'Smith, J.' })).toBe('Smith, J.');
    const scheme = call(context, 'getScheme', {});
    expect(validateDraft(draftFromScheme(scheme)).count).toBe(0);
    call(context, 'updateScheme', scheme);
  });

  it('a label key with a space is refused at import with file, line and the --map-labels fix; mapped, it imports', () => {
    const path = jsonl('e.jsonl', {
      id: 'd1',
      text: 'Hello world',
      spans: [{ start: 0, end: 5, label: 'Major Claim', annotator: 'ana' }],
    });
    expect(failure(() => importOne(path)).message).toMatch(
      /e\.jsonl:1: document "d1": a span: label "Major Claim" cannot be added to the scheme: a key cannot contain spaces; map it to a label with --map-labels "Major Claim=<label>"/u,
    );
    expect(call(context, 'getScheme', {}).labels.some((l) => l.key === 'Major Claim')).toBe(false);
    importOne(path, { labelMap: { 'Major Claim': 'major_claim' } });
    const scheme = call(context, 'getScheme', {});
    expect(scheme.labels.find((l) => l.key === 'major_claim')).toBeDefined();
    expect(validateDraft(draftFromScheme(scheme)).count).toBe(0);
  });

  it('a technique under a label it does not belong to is refused with the fix; under its own label it imports and can be edited', () => {
    const wrong = jsonl('f.jsonl', {
      id: 'd1',
      text: 'Hello world',
      spans: [{ start: 0, end: 5, label: 'claim', technique: 'Doubt', annotator: 'ana' }],
    });
    expect(failure(() => importOne(wrong)).message).toMatch(
      /f\.jsonl:1: .*technique "Doubt" belongs to "propaganda", not to "claim"; label the span "propaganda"/u,
    );
    const notTechnique = jsonl('g.jsonl', {
      id: 'd1',
      text: 'Hello world',
      spans: [{ start: 0, end: 5, label: 'propaganda', technique: 'claim', annotator: 'ana' }],
    });
    expect(failure(() => importOne(notTechnique)).message).toMatch(/"claim" is a label, not a technique/u);
    const right = jsonl('h.jsonl', {
      id: 'd1',
      text: 'Hello world',
      spans: [{ id: 's1', start: 0, end: 5, label: 'propaganda', technique: 'Doubt', annotator: 'ana' }],
    });
    importOne(right);
    call(context, 'updateSpan', { document: 'd1', annotator: 'ana', id: 's1', end: 11 });
    expect(
      call(context, 'getAnnotations', { document: 'd1', annotators: ['ana'], annotator: 'ana' }).spans[0],
    ).toMatchObject({ technique: 'Doubt', end: 11 });
  });

  it('with --skip-invalid a refused span is listed and the rest of the document comes in', () => {
    const path = jsonl('i.jsonl', {
      id: 'd1',
      text: 'Hello world',
      spans: [
        { id: 'bad', start: 0, end: 5, label: 'has space', annotator: 'ana' },
        { id: 'ok', start: 6, end: 11, label: 'claim', annotator: 'ana' },
      ],
    });
    const report = importOne(path, { skipInvalid: true });
    expect(report.spansAdded).toBe(1);
    expect(report.skipped).toEqual([
      expect.stringMatching(/i\.jsonl:1: document "d1": span "bad": label "has space" cannot be added/u),
    ]);
  });
});
