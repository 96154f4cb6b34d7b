import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentStatus, DocumentSummary } from '../../../shared/domain';
import { withStatus } from '../../../renderer/app/documentsWithStatus';
import { nextUnfinished, progressOf, spanCountOf, statusOf } from '../../../renderer/status/documentProgress';
import { isNextUnfinishedKey } from '../../../renderer/status/nextUnfinishedKey';

/** A document list row with the given statuses and span counts per annotator. */
function summary(
  id: string,
  status: Record<string, DocumentStatus> = {},
  spanCounts: Record<string, number> = {},
): DocumentSummary {
  const spanCount = Object.values(spanCounts).reduce((sum, count) => sum + count, 0);
  return { id, title: `Title of ${id}`, length: 100, spanCount, spanCounts, status };
}

const docs = [
  summary('a', { ana: 'done', ben: 'in_progress' }, { ana: 3, ben: 1 }),
  summary('b', { ana: 'in_progress' }, { ana: 2 }),
  summary('c', {}, { ben: 5 }),
  summary('d', { ana: 'done', ben: 'done' }),
  summary('e', { ben: 'new' }),
];

describe('statusOf and spanCountOf', () => {
  it('read the annotator’s own status and count; missing rows are new and zero', () => {
    expect(docs.map((d) => statusOf(d, 'ana'))).toEqual(['done', 'in_progress', 'new', 'done', 'new']);
    expect(docs.map((d) => statusOf(d, 'ben'))).toEqual(['in_progress', 'new', 'new', 'done', 'new']);
    expect(docs.map((d) => spanCountOf(d, 'ana'))).toEqual([3, 2, 0, 0, 0]);
    expect(docs.map((d) => spanCountOf(d, 'ben'))).toEqual([1, 0, 5, 0, 0]);
  });

  it('without an annotator, nothing is started and every annotator’s spans count', () => {
    expect(docs.map((d) => statusOf(d, null))).toEqual(['new', 'new', 'new', 'new', 'new']);
    expect(docs.map((d) => spanCountOf(d, null))).toEqual([4, 2, 5, 0, 0]);
  });
});

describe('progressOf', () => {
  it('counts done and in-progress documents for one annotator', () => {
    expect(progressOf(docs, 'ana')).toEqual({ total: 5, done: 2, inProgress: 1, fraction: 0.4 });
    expect(progressOf(docs, 'ben')).toEqual({ total: 5, done: 1, inProgress: 1, fraction: 0.2 });
    expect(progressOf(docs, 'nobody')).toEqual({ total: 5, done: 0, inProgress: 0, fraction: 0 });
  });

  it('reports an empty project as 0 of 0, not as NaN', () => {
    expect(progressOf([], 'ana')).toEqual({ total: 0, done: 0, inProgress: 0, fraction: 0 });
  });
});

describe('nextUnfinished', () => {
  it('picks the next document not done, skipping done ones and wrapping round', () => {
    expect(nextUnfinished(docs, 'a', 'ana')).toBe('b');
    expect(nextUnfinished(docs, 'b', 'ana')).toBe('c');
    expect(nextUnfinished(docs, 'c', 'ana')).toBe('e');
    expect(nextUnfinished(docs, 'e', 'ana')).toBe('b');
    expect(nextUnfinished(docs, 'd', 'ben')).toBe('e');
    expect(nextUnfinished(docs, 'e', 'ben')).toBe('a');
  });

  it('starts at the top when no document is open or the open one is gone', () => {
    expect(nextUnfinished(docs, null, 'ana')).toBe('b');
    expect(nextUnfinished(docs, 'deleted', 'ben')).toBe('a');
  });

  it('never answers the open document, and gives null when every other one is done', () => {
    const allButOne = [
      summary('x', { ana: 'done' }),
      summary('y', { ana: 'in_progress' }),
      summary('z', { ana: 'done' }),
    ];
    expect(nextUnfinished(allButOne, 'y', 'ana')).toBeNull();
    expect(nextUnfinished(allButOne, 'x', 'ana')).toBe('y');
    expect(nextUnfinished([], null, 'ana')).toBeNull();
    expect(nextUnfinished([summary('only')], 'only', 'ana')).toBeNull();
  });

  it('is the first document not done in wrap-around order after the open one (property)', () => {
    const statuses = fc.constantFrom<DocumentStatus | undefined>('new', 'in_progress', 'done', undefined);
    fc.assert(
      fc.property(fc.array(statuses, { maxLength: 12 }), fc.integer({ min: -1, max: 12 }), (list, current) => {
        const documents = list.map((status, index) =>
          summary(`d${index}`, status === undefined ? {} : { ana: status }),
        );
        const currentId = current >= 0 && current < documents.length ? `d${current}` : null;
        const start = currentId === null ? -1 : current;
        const expected =
          Array.from({ length: documents.length }, (_, step) => documents[(start + 1 + step) % documents.length]!)
            .filter((d) => d.id !== currentId)
            .find((d) => d.status.ana !== 'done')?.id ?? null;
        expect(nextUnfinished(documents, currentId, 'ana')).toBe(expected);
      }),
    );
  });
});

describe('withStatus', () => {
  it('changes one annotator’s status of one document and leaves the rest, and the input, alone', () => {
    const changed = withStatus(docs, 'c', 'ana', 'done');
    expect(changed[2]!.status).toEqual({ ana: 'done' });
    expect(changed[0]).toBe(docs[0]);
    expect(docs[2]!.status).toEqual({});
    expect(withStatus(docs, 'a', 'ana', 'new')[0]!.status).toEqual({ ana: 'new', ben: 'in_progress' });
  });
});

describe('isNextUnfinishedKey', () => {
  const chord = { key: 'Enter', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };
  it('is Ctrl+Enter or Cmd+Enter and nothing else', () => {
    expect(isNextUnfinishedKey({ ...chord, ctrlKey: true })).toBe(true);
    expect(isNextUnfinishedKey({ ...chord, metaKey: true })).toBe(true);
    expect(isNextUnfinishedKey(chord)).toBe(false);
    expect(isNextUnfinishedKey({ ...chord, ctrlKey: true, shiftKey: true })).toBe(false);
    expect(isNextUnfinishedKey({ ...chord, ctrlKey: true, altKey: true })).toBe(false);
    expect(isNextUnfinishedKey({ ...chord, key: 'n', ctrlKey: true })).toBe(false);
  });

  it('leaves the editor’s keys alone: digits, letters, Tab, Delete, Alt+arrows, Ctrl+Z/Y', () => {
    const editorKeys = [
      ...'123456789l'.split('').map((key) => ({ ...chord, key })),
      { ...chord, key: 'Tab' },
      { ...chord, key: 'Delete' },
      { ...chord, key: 'ArrowLeft', altKey: true },
      { ...chord, key: 'z', ctrlKey: true },
      { ...chord, key: 'y', ctrlKey: true },
    ];
    expect(editorKeys.filter(isNextUnfinishedKey)).toEqual([]);
  });
});
