// Properties over random documents (fast-check): auto-merge accepts exactly the spans k annotators
// share, is idempotent and shrinks as k grows; groups partition the spans; resolving every group
// leaves none open, and undoing every step in reverse restores the document.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { inverseChange } from '../../../shared/annotationChanges';
import {
  autoMergeSpans,
  curationGroups,
  disagreements,
  planAccept,
  planAutoMerge,
  planReject,
  spanMatchKey,
} from '../../../shared/adjudication';
import type { AnnotationChange, Relation, Span } from '../../../shared/domain';
import { applyToDocument, byId, type LocalDocument } from './curationFixtures';

const NAMES = ['ana', 'bo', 'cy', 'dee'];
const LABELS: [string, string | null][] = [
  ['claim', null],
  ['opinion', null],
  ['propaganda', 'Doubt'],
  ['propaganda', 'Slogans'],
];
const RUNS = { numRuns: 150 };

interface Scenario {
  annotators: string[];
  spans: Span[];
  relations: Relation[];
}

// Few positions and labels, so annotators often mark the same span and clusters get crowded.
const scenario = fc
  .record({
    raters: fc.integer({ min: 1, max: 4 }),
    spans: fc.array(fc.tuple(fc.nat(3), fc.nat(12), fc.integer({ min: 1, max: 6 }), fc.nat(LABELS.length - 1)), {
      maxLength: 24,
    }),
    withGold: fc.array(fc.tuple(fc.nat(12), fc.integer({ min: 1, max: 6 }), fc.nat(LABELS.length - 1)), {
      maxLength: 3,
    }),
    links: fc.array(fc.tuple(fc.nat(40), fc.nat(40), fc.boolean()), { maxLength: 10 }),
  })
  .map(({ raters, spans, withGold, links }): Scenario => {
    const annotators = NAMES.slice(0, raters);
    const made: Span[] = spans.map(([rater, start, length, label], index) => ({
      id: `s${index}`,
      start,
      end: start + length,
      label: LABELS[label]![0],
      technique: LABELS[label]![1],
      annotator: annotators[rater % raters]!,
      note: '',
      quote: '',
      attributes: {},
    }));
    withGold.forEach(([start, length, label], index) =>
      made.push({
        id: `g${index}`,
        start,
        end: start + length,
        label: LABELS[label]![0],
        technique: LABELS[label]![1],
        annotator: 'gold',
        note: '',
        quote: '',
        attributes: {},
      }),
    );
    const relations: Relation[] = [];
    links.forEach(([from, to, supports], index) => {
      const a = made[from % Math.max(made.length, 1)];
      const b = made[to % Math.max(made.length, 1)];
      if (a === undefined || b === undefined || a.id === b.id || a.annotator !== b.annotator) return;
      relations.push({
        id: `r${index}`,
        type: supports ? 'supports' : 'contradicts',
        from: a.id,
        to: b.id,
        annotator: a.annotator,
      });
    });
    return { annotators, spans: made, relations };
  });

const withK = scenario.chain((s) =>
  fc.record({ s: fc.constant(s), k: fc.integer({ min: 1, max: s.annotators.length }) }),
);

function byAnnotator(s: Scenario): Map<string, Span[]> {
  return new Map(s.annotators.map((name) => [name, s.spans.filter((span) => span.annotator === name)]));
}

function mergedDocument(s: Scenario, k: number): LocalDocument {
  const plan = planAutoMerge({ annotators: s.annotators, k, spans: s.spans, relations: s.relations });
  return applyToDocument({ spans: s.spans, relations: s.relations, decisions: [] }, [
    ...plan.spans.map((span): AnnotationChange => ({ kind: 'span.create', span, relations: [] })),
    ...plan.relations.map((relation): AnnotationChange => ({ kind: 'relation.create', relation })),
  ]);
}

describe('auto-merge', () => {
  test('accepts exactly the spans that at least k different annotators marked alike', () => {
    fc.assert(
      fc.property(withK, ({ s, k }) => {
        const voters = new Map<string, Set<string>>();
        for (const span of s.spans) {
          if (!s.annotators.includes(span.annotator)) continue;
          const set = voters.get(spanMatchKey(span)) ?? new Set();
          set.add(span.annotator);
          voters.set(spanMatchKey(span), set);
        }
        const expected = [...voters]
          .filter(([, set]) => set.size >= k)
          .map(([key]) => key)
          .sort();
        const merged = autoMergeSpans(byAnnotator(s), k);
        expect(merged.map(spanMatchKey).sort()).toEqual(expected);
        for (const agreed of merged)
          expect(new Set(agreed.sources.map((x) => x.annotator)).size).toBe(agreed.sources.length);
      }),
      RUNS,
    );
  });

  test('accepts fewer spans as k grows', () => {
    fc.assert(
      fc.property(withK, ({ s, k }) => {
        const looser = new Set(autoMergeSpans(byAnnotator(s), k).map(spanMatchKey));
        for (const agreed of autoMergeSpans(byAnnotator(s), k + 1)) expect(looser.has(spanMatchKey(agreed))).toBe(true);
      }),
      RUNS,
    );
  });

  test('a second run adds nothing, and gold never holds two like spans it did not already have', () => {
    fc.assert(
      fc.property(withK, ({ s, k }) => {
        const merged = mergedDocument(s, k);
        expect(planAutoMerge({ annotators: s.annotators, k, ...merged })).toEqual({ spans: [], relations: [] });
        const before = s.spans.filter((x) => x.annotator === 'gold').map(spanMatchKey);
        const added = merged.spans
          .filter((x) => x.annotator === 'gold')
          .map(spanMatchKey)
          .slice(before.length);
        expect(new Set(added).size).toBe(added.length);
        for (const key of added) expect(before).not.toContain(key);
        const ids = merged.spans.map((x) => x.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const r of merged.relations) {
          expect(ids).toContain(r.from);
          expect(ids).toContain(r.to);
        }
      }),
      RUNS,
    );
  });

  test('with k = 1 every group is agreed: nothing is left to curate', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        expect(disagreements({ annotators: s.annotators, ...mergedDocument(s, 1) })).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('disagreement groups', () => {
  test('put each compared span in exactly one group, in text order, with no overlap between groups', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const groups = curationGroups({ annotators: s.annotators, spans: s.spans, decisions: [] });
        const grouped = groups.flatMap((g) => g.versions.flatMap((v) => v.spans.map((x) => x.id)));
        expect(grouped.sort()).toEqual(
          s.spans
            .filter((x) => x.annotator !== 'gold')
            .map((x) => x.id)
            .sort(),
        );
        for (let i = 1; i < groups.length; i++) expect(groups[i]!.start).toBeGreaterThanOrEqual(groups[i - 1]!.end);
        for (const g of groups)
          for (const v of g.versions) for (const x of v.spans) expect(x.start >= g.start && x.end <= g.end).toBe(true);
        expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
      }),
      RUNS,
    );
  });

  test('keep their keys whatever order the spans come in', () => {
    const shuffledScenario = scenario.chain((s) =>
      fc.record({
        s: fc.constant(s),
        shuffled: fc.shuffledSubarray(s.spans, { minLength: s.spans.length, maxLength: s.spans.length }),
      }),
    );
    fc.assert(
      fc.property(shuffledScenario, ({ s, shuffled }) => {
        const keys = (spans: Span[]) =>
          curationGroups({ annotators: s.annotators, spans, decisions: [] }).map((g) => g.key);
        expect(keys(shuffled)).toEqual(keys(s.spans));
      }),
      RUNS,
    );
  });

  test('resolving every open group leaves none open, and undoing every step in reverse restores the document', () => {
    fc.assert(
      fc.property(withK, fc.array(fc.nat(5), { minLength: 1, maxLength: 30 }), ({ s, k }, choices) => {
        const start = mergedDocument(s, k);
        let local = start;
        const steps: AnnotationChange[][] = [];
        for (let round = 0; ; round++) {
          const open = disagreements({ annotators: s.annotators, ...local });
          if (open.length === 0) break;
          expect(round).toBeLessThan(100);
          const group = open[0]!;
          const choice = choices[round % choices.length]!;
          const changes =
            choice >= s.annotators.length
              ? planReject(group)
              : planAccept(local, group, group.versions[choice]!.spans, s.annotators[choice]!);
          steps.push(changes);
          local = applyToDocument(local, changes);
          if (choice < s.annotators.length) {
            // Gold inside the group is now exactly the accepted version, each like span once.
            const inside = local.spans.filter(
              (x) => x.annotator === 'gold' && x.start >= group.start && x.end <= group.end,
            );
            expect(inside.map(spanMatchKey).sort()).toEqual(
              [...new Set(group.versions[choice]!.spans.map(spanMatchKey))].sort(),
            );
          }
          const stillOpen = disagreements({ annotators: s.annotators, ...local });
          expect(stillOpen.map((g) => g.key)).not.toContain(group.key);
          expect(stillOpen.length).toBe(open.length - 1);
        }
        for (const changes of [...steps].reverse())
          local = applyToDocument(local, changes.map(inverseChange).reverse());
        expect(byId(local.spans)).toEqual(byId(start.spans));
        expect(byId(local.relations)).toEqual(byId(start.relations));
        expect(local.decisions).toEqual([]);
      }),
      RUNS,
    );
  });
});
