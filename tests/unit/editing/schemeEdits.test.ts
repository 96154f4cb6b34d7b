import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDocuments } from '../../../main/db/importDocuments';
import { ServiceContext } from '../../../main/service/context';
import { createProject } from '../../../main/service/project';
import type { LabelScheme } from '../../../shared/domain';
import { record } from '../../helpers/records';
import { call } from '../../helpers/serviceCalls';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let context: ServiceContext;
beforeEach(() => {
  temp = makeTempDir();
  const project = createProject(join(temp.dir, 'p.spanmark'));
  importDocuments(project.db, [record({ id: 'd1', text: 'Some text here' })]);
  context = new ServiceContext(project, { appVersion: '0.0.0-test' });
});
afterEach(() => {
  context.close();
  temp.cleanup();
});

function edited(change: (scheme: LabelScheme) => void): LabelScheme {
  const scheme = structuredClone(call(context, 'getScheme', {}));
  change(scheme);
  return scheme;
}

describe('editing the label scheme', () => {
  it('refuses a shortcut the editor keeps for itself (l links spans), at the door every client uses', () => {
    const next = edited((scheme) => {
      scheme.labels.push({
        key: 'source',
        name: 'Source',
        color: '#abcdef',
        parent: null,
        shortcut: 'l',
        description: '',
      });
    });
    expect(() => call(context, 'updateScheme', next)).toThrow(
      /l is the editor’s key for linking spans; choose another key/,
    );
    expect(call(context, 'getScheme', {}).labels.map((label) => label.key)).not.toContain('source');
  });

  it('stores new colours, descriptions, shortcuts, labels and relation types in the project', () => {
    const next = edited((scheme) => {
      scheme.labels[0]!.color = '#123456';
      scheme.labels[0]!.description = 'A checkable statement.';
      scheme.labels.push({
        key: 'source',
        name: 'Source',
        color: '#abcdef',
        parent: null,
        shortcut: '5',
        description: 'Who says it',
      });
      scheme.relationTypes.push({ key: 'attributes', name: 'attributes', description: '' });
    });
    const saved = call(context, 'updateScheme', next);
    expect(saved).toEqual(next);
    expect(call(context, 'getScheme', {})).toEqual(next);
    call(context, 'createSpan', { document: 'd1', annotator: 'ana', start: 0, end: 4, label: 'source' });
  });

  it('refuses to remove a label or relation type in use, and keeps the old scheme', () => {
    call(context, 'createSpan', {
      document: 'd1',
      annotator: 'ana',
      start: 0,
      end: 4,
      label: 'propaganda',
      technique: 'Doubt',
    });
    const before = call(context, 'getScheme', {});
    expect(() =>
      call(
        context,
        'updateScheme',
        edited((s) => (s.labels = s.labels.filter((l) => l.key !== 'Doubt'))),
      ),
    ).toThrow(/"Doubt" is used by 1 spans/);
    expect(call(context, 'getScheme', {})).toEqual(before);
    const withoutSlogans = edited((s) => (s.labels = s.labels.filter((l) => l.key !== 'Slogans')));
    expect(call(context, 'updateScheme', withoutSlogans).labels.some((l) => l.key === 'Slogans')).toBe(false);
  });

  it('rejects duplicate keys and shortcuts, bad colours and techniques under techniques', () => {
    expect(() =>
      call(
        context,
        'updateScheme',
        edited((s) => (s.labels[1]!.shortcut = '1')),
      ),
    ).toThrow(/already the shortcut of "claim"/);
    expect(() =>
      call(
        context,
        'updateScheme',
        edited((s) => (s.labels[1]!.color = 'green')),
      ),
    ).toThrow(/#rrggbb/);
    expect(() =>
      call(
        context,
        'updateScheme',
        edited((s) => s.labels.push({ ...s.labels[0]!, shortcut: null })),
      ),
    ).toThrow(/used twice/);
    expect(() =>
      call(
        context,
        'updateScheme',
        edited((s) => (s.labels[5]!.parent = 'Doubt')),
      ),
    ).toThrow(/sits under a technique/);
  });
});
