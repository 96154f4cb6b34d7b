import { describe, expect, it } from 'vitest';
import { curationGroups, disagreements, groupKey, overlapClusters, planAutoMerge } from '../../../shared/adjudication';
import type { CurationDecision } from '../../../shared/domain';
import { applyToDocument, span } from './curationFixtures';

const ANNOTATORS = ['ana', 'bo', 'cy'];

describe('overlapClusters', () => {
  it('joins spans that overlap directly or through another span, and keeps touching spans apart', () => {
    const spans = [
      span('ana', 'a', 0, 10),
      span('bo', 'b', 8, 20),
      span('cy', 'c', 19, 25),
      span('ana', 'd', 25, 30),
      span('bo', 'e', 40, 41),
    ];
    expect(overlapClusters(spans).map((c) => [c.start, c.end, c.spans.map((s) => s.id)])).toEqual([
      [0, 25, ['a', 'b', 'c']],
      [25, 30, ['d']],
      [40, 41, ['e']],
    ]);
  });

  it('covers a short span inside a long one', () => {
    expect(
      overlapClusters([span('ana', 'long', 0, 100), span('bo', 'x', 10, 12), span('bo', 'y', 90, 95)]),
    ).toHaveLength(1);
  });
});

describe('curationGroups', () => {
  it('lists one version per compared annotator, empty where one marked nothing, and leaves others out', () => {
    const spans = [span('ana', 'a', 0, 10), span('bo', 'b', 2, 10, 'opinion'), span('dan', 'd', 0, 10)];
    const [group] = curationGroups({ annotators: ANNOTATORS, spans, decisions: [] });
    expect(group).toMatchObject({
      start: 0,
      end: 10,
      status: 'open',
      decision: null,
      gold: [],
      versions: [
        { annotator: 'ana', spans: [{ id: 'a' }] },
        { annotator: 'bo', spans: [{ id: 'b' }] },
        { annotator: 'cy', spans: [] },
      ],
    });
    expect(group!.key).toMatch(/^0-10:[0-9a-f]{14}$/u);
  });

  it('keys a group by what was marked, not by ids or input order, and rekeys it when a label changes', () => {
    const spans = [span('ana', 'a', 0, 10), span('bo', 'b', 2, 10, 'opinion')];
    const key = curationGroups({ annotators: ANNOTATORS, spans, decisions: [] })[0]!.key;
    const renamed = [span('bo', 'other-id', 2, 10, 'opinion'), span('ana', 'x', 0, 10)];
    expect(curationGroups({ annotators: ANNOTATORS, spans: renamed, decisions: [] })[0]!.key).toBe(key);
    expect(groupKey(0, 10, [spans[0]!, { ...spans[1]!, label: 'claim' }])).not.toBe(key);
    expect(groupKey(0, 10, [spans[0]!, { ...spans[1]!, annotator: 'cy' }])).not.toBe(key);
  });

  it('counts a group as agreed once gold holds a span like each of its spans, and as decided once a decision has its key', () => {
    const spans = [span('ana', 'a', 0, 10), span('bo', 'b', 0, 10), span('ana', 'c', 20, 30), span('cy', 'd', 22, 30)];
    const before = curationGroups({ annotators: ANNOTATORS, spans, decisions: [] });
    expect(before.map((g) => g.status)).toEqual(['open', 'open']);
    const merged = planAutoMerge({ annotators: ANNOTATORS, k: 2, spans, relations: [] });
    const after = [...spans, ...merged.spans];
    const decision: CurationDecision = { key: before[1]!.key, action: 'reject', annotator: null, spans: [], gold: [] };
    const groups = curationGroups({ annotators: ANNOTATORS, spans: after, decisions: [decision] });
    expect(groups.map((g) => [g.key, g.status])).toEqual([
      [before[0]!.key, 'agreed'],
      [before[1]!.key, 'decided'],
    ]);
    expect(groups[0]!.gold.map((s) => s.id)).toEqual(['gold:a']);
    expect(groups[1]!.decision).toEqual(decision);
    expect(disagreements({ annotators: ANNOTATORS, spans: after, decisions: [decision] })).toEqual([]);
  });

  it('keeps a group open when auto-merge took the majority’s span but one annotator marked more there', () => {
    const spans = [
      span('ana', 'a', 0, 10),
      span('bo', 'b', 0, 10),
      span('cy', 'c', 0, 10),
      span('ana', 'extra', 5, 20, 'opinion'),
    ];
    const document = applyToDocument(
      { spans, relations: [], decisions: [] },
      planAutoMerge({ annotators: ANNOTATORS, k: 2, spans, relations: [] }).spans.map((s) => ({
        kind: 'span.create' as const,
        span: s,
        relations: [],
      })),
    );
    const open = disagreements({ annotators: ANNOTATORS, ...document });
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ start: 0, end: 20, gold: [{ id: 'gold:a', start: 0, end: 10 }] });
  });

  it('never lets gold spans join or split a cluster', () => {
    const spans = [span('ana', 'a', 0, 10), span('bo', 'b', 12, 20), span('gold', 'g', 5, 15)];
    const groups = curationGroups({ annotators: ANNOTATORS, spans, decisions: [] });
    expect(groups.map((g) => [g.start, g.end, g.gold.map((s) => s.id)])).toEqual([
      [0, 10, ['g']],
      [12, 20, ['g']],
    ]);
  });
});
