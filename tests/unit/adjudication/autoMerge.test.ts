import { describe, expect, it } from 'vitest';
import { autoMergeSpans, majority, planAutoMerge } from '../../../shared/adjudication';
import type { Span } from '../../../shared/domain';
import { relation, span } from './curationFixtures';

function byAnnotator(spans: Span[], annotators = ['ana', 'bo', 'cy']): Map<string, Span[]> {
  return new Map(annotators.map((name) => [name, spans.filter((s) => s.annotator === name)]));
}

describe('autoMergeSpans', () => {
  it('accepts a span when k annotators have the same start, end and label, and keeps each agreeing annotator’s span', () => {
    const spans = [
      span('ana', 'a1', 0, 5),
      span('bo', 'b1', 0, 5),
      span('cy', 'c1', 0, 6),
      span('cy', 'c2', 8, 9, 'opinion'),
    ];
    const merged = autoMergeSpans(byAnnotator(spans), 2);
    expect(merged).toEqual([{ start: 0, end: 5, label: 'claim', technique: null, sources: [spans[0], spans[1]] }]);
    expect(autoMergeSpans(byAnnotator(spans), 3)).toEqual([]);
    expect(autoMergeSpans(byAnnotator(spans), 1).map((m) => [m.start, m.end, m.label])).toEqual([
      [0, 5, 'claim'],
      [0, 6, 'claim'],
      [8, 9, 'opinion'],
    ]);
  });

  it('treats another technique of the same label as another label', () => {
    const spans = [
      span('ana', 'a', 0, 5, 'propaganda', 'Doubt'),
      span('bo', 'b', 0, 5, 'propaganda', 'Slogans'),
      span('cy', 'c', 0, 5, 'propaganda', 'Doubt'),
    ];
    const merged = autoMergeSpans(byAnnotator(spans), 2);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ technique: 'Doubt', sources: [{ id: 'a' }, { id: 'c' }] });
  });

  it('counts an annotator once however many identical spans they have', () => {
    const spans = [span('ana', 'a1', 0, 5), span('ana', 'a2', 0, 5), span('bo', 'b', 3, 4)];
    expect(autoMergeSpans(byAnnotator(spans), 2)).toEqual([]);
  });

  it('takes a majority by default: 2 of 2 or 3, 3 of 4 or 5', () => {
    expect([1, 2, 3, 4, 5].map(majority)).toEqual([1, 2, 2, 3, 3]);
  });
});

describe('planAutoMerge', () => {
  const agreed = [
    span('ana', 'a-claim', 10, 20, 'claim', null, 'ana’s note'),
    span('bo', 'b-claim', 10, 20, 'claim', null, 'bo’s note'),
    span('ana', 'a-ev', 30, 40, 'evidence'),
    span('bo', 'b-ev', 30, 40, 'evidence'),
    span('cy', 'c-ev', 30, 40, 'evidence'),
    span('cy', 'c-op', 50, 55, 'opinion'),
  ];

  it('copies the first agreeing annotator’s span into gold as gold:<its id>, note included', () => {
    const plan = planAutoMerge({ annotators: ['ana', 'bo', 'cy'], k: 2, spans: agreed, relations: [] });
    expect(plan.spans).toEqual([
      { ...agreed[0], id: 'gold:a-claim', annotator: 'gold' },
      { ...agreed[2], id: 'gold:a-ev', annotator: 'gold' },
    ]);
    expect(plan.relations).toEqual([]);
  });

  it('follows the given order of annotators for the source of a copy', () => {
    const plan = planAutoMerge({ annotators: ['bo', 'ana'], k: 2, spans: agreed, relations: [] });
    expect(plan.spans.map((s) => [s.id, s.note])).toEqual([
      ['gold:b-claim', 'bo’s note'],
      ['gold:b-ev', ''],
    ]);
  });

  it('adds nothing gold already has, and picks a free id when gold:<id> is taken', () => {
    const gold = [span('gold', 'g1', 10, 20), span('gold', 'gold:a-ev', 1, 2, 'opinion')];
    const plan = planAutoMerge({ annotators: ['ana', 'bo', 'cy'], k: 2, spans: [...agreed, ...gold], relations: [] });
    expect(plan.spans.map((s) => [s.id, s.start, s.end, s.label])).toEqual([['gold:a-ev~2', 30, 40, 'evidence']]);
  });

  it('copies a relation when both ends are in gold and k annotators drew the same type between matching spans', () => {
    const relations = [
      relation('ana', 'ra', 'supports', 'a-ev', 'a-claim'),
      relation('bo', 'rb', 'supports', 'b-ev', 'b-claim'),
      // Only one annotator says contradicts; cy's claim end was not agreed on.
      relation('cy', 'rc', 'contradicts', 'c-ev', 'c-op'),
      relation('ana', 'ra2', 'contradicts', 'a-claim', 'a-ev'),
    ];
    const plan = planAutoMerge({ annotators: ['ana', 'bo', 'cy'], k: 2, spans: agreed, relations });
    expect(plan.relations).toEqual([
      { id: 'gold:ra', type: 'supports', from: 'gold:a-ev', to: 'gold:a-claim', annotator: 'gold' },
    ]);
  });

  it('links relations to gold spans that existed before the run, and adds no relation gold already has', () => {
    const gold = [span('gold', 'g-claim', 10, 20), span('gold', 'g-ev', 30, 40, 'evidence')];
    const relations = [
      relation('ana', 'ra', 'supports', 'a-ev', 'a-claim'),
      relation('bo', 'rb', 'supports', 'b-ev', 'b-claim'),
    ];
    const first = planAutoMerge({ annotators: ['ana', 'bo', 'cy'], k: 2, spans: [...agreed, ...gold], relations });
    expect(first.spans).toEqual([]);
    expect(first.relations).toEqual([
      { id: 'gold:ra', type: 'supports', from: 'g-ev', to: 'g-claim', annotator: 'gold' },
    ]);
    const second = planAutoMerge({
      annotators: ['ana', 'bo', 'cy'],
      k: 2,
      spans: [...agreed, ...gold],
      relations: [...relations, ...first.relations],
    });
    expect(second).toEqual({ spans: [], relations: [] });
  });

  it('ignores annotators that are not compared', () => {
    const plan = planAutoMerge({ annotators: ['ana', 'cy'], k: 2, spans: agreed, relations: [] });
    expect(plan.spans.map((s) => s.id)).toEqual(['gold:a-ev']);
  });
});
