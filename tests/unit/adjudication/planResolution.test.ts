import { describe, expect, it } from 'vitest';
import { inverseChange } from '../../../shared/annotationChanges';
import { curationGroups, planAccept, planReject } from '../../../shared/adjudication';
import type { AnnotationChange } from '../../../shared/domain';
import { applyToDocument, byId, relation, span, type LocalDocument } from './curationFixtures';

const ANNOTATORS = ['ana', 'bo', 'cy'];

function document(spans = BASE, relations = RELATIONS): LocalDocument {
  return { spans, relations, decisions: [] };
}
const BASE = [
  span('ana', 'a-claim', 0, 30, 'claim', null, 'whole sentence'),
  span('bo', 'b-claim', 0, 10),
  span('bo', 'b-ev', 20, 30, 'evidence'),
  span('bo', 'b-far', 50, 60, 'claim'),
  span('cy', 'c-prop', 5, 12, 'propaganda', 'Doubt'),
];
const RELATIONS = [
  relation('bo', 'r1', 'supports', 'b-ev', 'b-claim'),
  relation('bo', 'r2', 'contradicts', 'b-far', 'b-claim'),
];

function firstGroup(local: LocalDocument) {
  return curationGroups({ annotators: ANNOTATORS, ...local })[0]!;
}

describe('planAccept', () => {
  it('copies an annotator’s version into gold with new ids, its relations inside the group, and the decision last', () => {
    const local = document();
    const group = firstGroup(local);
    expect([group.start, group.end]).toEqual([0, 30]);
    const changes = planAccept(local, group, group.versions[1]!.spans, 'bo');
    expect(changes).toEqual([
      { kind: 'span.create', span: { ...BASE[1], id: 'gold:b-claim', annotator: 'gold' }, relations: [] },
      { kind: 'span.create', span: { ...BASE[2], id: 'gold:b-ev', annotator: 'gold' }, relations: [] },
      {
        kind: 'relation.create',
        relation: { id: 'gold:r1', type: 'supports', from: 'gold:b-ev', to: 'gold:b-claim', annotator: 'gold' },
      },
      {
        kind: 'decision.create',
        decision: {
          key: group.key,
          action: 'accept',
          annotator: 'bo',
          spans: ['b-claim', 'b-ev'],
          gold: ['gold:b-claim', 'gold:b-ev'],
        },
      },
    ]);
  });

  it('copies note, technique and attributes, and a relation whose other end already has a gold copy', () => {
    const withFar = { ...document(), spans: [...BASE, { ...BASE[3]!, id: 'gold:b-far', annotator: 'gold' }] };
    const group = firstGroup(withFar);
    const changes = planAccept(withFar, group, [BASE[1]!], 'bo');
    expect(changes.filter((c) => c.kind === 'relation.create')).toEqual([
      {
        kind: 'relation.create',
        relation: { id: 'gold:r2', type: 'contradicts', from: 'gold:b-far', to: 'gold:b-claim', annotator: 'gold' },
      },
    ]);
    const cy = planAccept(withFar, group, group.versions[2]!.spans, 'cy');
    expect(cy[0]).toEqual({
      kind: 'span.create',
      span: { ...BASE[4], id: 'gold:c-prop', annotator: 'gold' },
      relations: [],
    });
  });

  it('makes gold inside the group exactly the accepted version: keeps a like span, removes the rest, leaves spans reaching outside', () => {
    const gold = [
      span('gold', 'g-same', 0, 10),
      span('gold', 'g-other', 2, 8, 'opinion'),
      span('gold', 'g-out', 25, 40, 'opinion'),
    ];
    const goldRelation = relation('gold', 'gr', 'supports', 'g-other', 'g-same');
    const local = document([...BASE, ...gold], [...RELATIONS, goldRelation]);
    const group = firstGroup(local);
    expect(group.gold.map((s) => s.id)).toEqual(['g-same', 'g-other', 'g-out']);
    const changes = planAccept(local, group, group.versions[1]!.spans, 'bo');
    expect(changes.map((c) => c.kind)).toEqual(['span.delete', 'span.create', 'relation.create', 'decision.create']);
    expect(changes[0]).toEqual({ kind: 'span.delete', span: gold[1], relations: [goldRelation] });
    expect(changes[2]).toMatchObject({ relation: { from: 'gold:b-ev', to: 'g-same' } });
    expect(changes[3]).toMatchObject({ decision: { gold: ['g-same', 'gold:b-ev'] } });
    const after = applyToDocument(local, changes);
    expect(byId(after.spans.filter((s) => s.annotator === 'gold')).map((s) => s.id)).toEqual([
      'g-out',
      'g-same',
      'gold:b-ev',
    ]);
  });

  it('keeps one of two like gold spans', () => {
    const local = document([...BASE, span('gold', 'g1', 0, 30), span('gold', 'g2', 0, 30)]);
    const changes = planAccept(local, firstGroup(local), [BASE[0]!], 'ana');
    expect(changes).toEqual([
      { kind: 'span.delete', span: span('gold', 'g2', 0, 30), relations: [] },
      { kind: 'decision.create', decision: expect.objectContaining({ spans: ['a-claim'], gold: ['g1'] }) },
    ]);
  });

  it('is undone exactly by the inverse changes in reverse order', () => {
    const gold = [span('gold', 'g-other', 2, 8, 'opinion')];
    const local = document(
      [...BASE, ...gold],
      [...RELATIONS, relation('gold', 'gr', 'supports', 'g-other', 'g-other')],
    );
    const changes = planAccept(local, firstGroup(local), [BASE[0]!], 'ana');
    const undone = applyToDocument(applyToDocument(local, changes), changes.map(inverseChange).reverse());
    expect(byId(undone.spans)).toEqual(byId(local.spans));
    expect(byId(undone.relations)).toEqual(byId(local.relations));
    expect(undone.decisions).toEqual([]);
  });

  it('settles the group: it is decided afterwards, under the same key', () => {
    const local = document();
    const group = firstGroup(local);
    const after = applyToDocument(local, planAccept(local, group, [BASE[0]!], 'ana'));
    expect(curationGroups({ annotators: ANNOTATORS, ...after }).map((g) => [g.key, g.status])).toEqual([
      [group.key, 'decided'],
      [expect.any(String), 'open'],
    ]);
  });
});

describe('planReject', () => {
  it('stores the decision alone, so gold keeps what it has', () => {
    const local = document();
    const group = firstGroup(local);
    const changes: AnnotationChange[] = planReject(group);
    expect(changes).toEqual([
      { kind: 'decision.create', decision: { key: group.key, action: 'reject', annotator: null, spans: [], gold: [] } },
    ]);
    expect(applyToDocument(local, changes).spans).toEqual(local.spans);
  });
});
