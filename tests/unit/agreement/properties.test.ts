// Properties over random corpora (fast-check): identical annotators agree perfectly, the order of
// annotators changes nothing, merging overlaps beforehand changes exactly what the rules say, and the
// fast paths equal literal per-character / per-section computations of the definitions.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeAgreement } from '../../../shared/agreement/report';
import { comparedLabel } from '../../../shared/agreement/scope';
import type { AgreementInput, AgreementReport, AgreementSpan, LabelLevel } from '../../../shared/agreement/types';
import { unitizingDistance } from '../../../shared/agreement/unitizingAlpha';
import { characterReference } from './corpusBuilders';

const NAMES = ['ann', 'bob', 'cy', 'dee'];
const LABELS = ['claim', 'opinion', 'propaganda/Doubt', 'propaganda/Slogans', 'propaganda'];
const CHARACTERS = ['a', 'b', 'c', ' ', '\r', '\n', '\t', '\u001f', '\u0085', '\u2028', '😀', '\u00a0'];
const RUNS = { numRuns: 120 };

interface Corpus {
  input: AgreementInput;
  annotators: string[];
}

const corpus = (options: { copyFirst?: boolean } = {}) =>
  fc
    .record({
      raters: fc.integer({ min: 2, max: 4 }),
      documents: fc.array(
        fc.record({
          characters: fc.array(fc.constantFrom(...CHARACTERS), { minLength: 1, maxLength: 40 }),
          spans: fc.array(fc.tuple(fc.nat(3), fc.nat(LABELS.length - 1), fc.nat(60), fc.nat(12)), { maxLength: 14 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    })
    .map(({ raters, documents }): Corpus => {
      const annotators = NAMES.slice(0, raters);
      return {
        annotators,
        input: {
          documents: documents.map(({ characters, spans }, d) => {
            const length = characters.length;
            let made: AgreementSpan[] = spans.map(([rater, label, from, extent]) => {
              const start = from % (length + 1);
              const [top, technique] = LABELS[label]!.split('/');
              return {
                annotator: annotators[rater % raters]!,
                label: top!,
                technique: technique ?? null,
                start,
                end: Math.min(length, start + extent),
              };
            });
            if (options.copyFirst) {
              const first = made.filter((s) => s.annotator === annotators[0]);
              made = annotators.flatMap((annotator) => first.map((s) => ({ ...s, annotator })));
            }
            return { id: `d${d}`, text: characters.join(''), spans: made, done: annotators };
          }),
        },
      };
    });

const level = fc.constantFrom<LabelLevel>('stored', 'top');

describe('identical annotators', () => {
  test('every defined value is 1', () => {
    fc.assert(
      fc.property(corpus({ copyFirst: true }), level, ({ input }, lvl) => {
        const report = computeAgreement(input, { level: lvl });
        for (const value of allValues(report)) expect(value === null || value === 1).toBe(true);
        const anySpan = input.documents.some((d) => d.spans.some((s) => s.end > s.start));
        if (anySpan) expect(report.alpha_u.overall).toBe(1);
      }),
      RUNS,
    );
  });
});

describe('the report', () => {
  test('is plain JSON: no NaN, no Infinity, no typed arrays; every null has a reason', () => {
    fc.assert(
      fc.property(corpus(), level, ({ input }, lvl) => {
        const report = computeAgreement(input, { level: lvl });
        expect(JSON.parse(JSON.stringify(report))).toEqual(report);
        const blocks = [
          report.alpha_u,
          report.krippendorff_alpha,
          report.fleiss_kappa,
          ...report.cohen_kappa,
          ...report.f1_exact,
          ...report.f1_overlap,
        ];
        for (const block of blocks) {
          if (block.overall === null) expect(block.reasons.overall).toEqual(expect.any(String));
          for (const [label, value] of Object.entries(block.per_label)) {
            if (value === null) expect(block.reasons[`per_label.${label}`]).toEqual(expect.any(String));
          }
        }
        for (const d of report.per_document) {
          if (d.alpha_u === null) expect(d.reasons.alpha_u).toEqual(expect.any(String));
          if (d.f1_exact === null) expect(d.reasons.f1_exact).toEqual(expect.any(String));
        }
      }),
      RUNS,
    );
  });
});

describe('swapping annotators', () => {
  test('changes no value: global measures equal, pairs equal under their names, confusion transposed', () => {
    fc.assert(
      fc.property(corpus(), level, ({ input, annotators }, lvl) => {
        const forward = computeAgreement(input, { level: lvl, annotators });
        const backward = computeAgreement(input, { level: lvl, annotators: [...annotators].reverse() });
        for (const key of ['alpha_u', 'krippendorff_alpha', 'fleiss_kappa'] as const) {
          expectSameValues(forward[key], backward[key]);
        }
        for (const key of ['cohen_kappa', 'f1_exact', 'f1_overlap'] as const) {
          for (const pair of forward[key]) {
            const twin = backward[key].find((p) => p.a === pair.b && p.b === pair.a)!;
            expectSameValues(pair, twin);
          }
        }
        for (const matrix of forward.confusion) {
          const twin = backward.confusion.find((m) => m.a === matrix.b && m.b === matrix.a)!;
          expect(twin.counts).toEqual(matrix.counts[0]!.map((_, j) => matrix.counts.map((row) => row[j])));
        }
        const byId = (report: AgreementReport) =>
          Object.fromEntries(report.per_document.map((d) => [d.id, [d.alpha_u, d.f1_exact]]));
        const [f, b] = [byId(forward), byId(backward)];
        for (const id of Object.keys(f)) f[id]!.forEach((v, i) => expectClose(v, b[id]![i]!));
      }),
      RUNS,
    );
  });
});

describe('merged versus unmerged input', () => {
  test('α_U, overlap F1, κ, Fleiss κ and α are unchanged when overlapping same-label spans are merged beforehand', () => {
    fc.assert(
      fc.property(corpus(), level, ({ input }, lvl) => {
        const merged = mergeInput(input, lvl);
        const raw = computeAgreement(input, { level: lvl });
        const pre = computeAgreement(merged, { level: lvl });
        for (const key of ['alpha_u', 'krippendorff_alpha', 'fleiss_kappa'] as const)
          expectSameValues(raw[key], pre[key]);
        for (const key of ['cohen_kappa', 'f1_overlap'] as const)
          raw[key].forEach((pair, p) => expectSameValues(pair, pre[key][p]!));
        raw.per_document.forEach((d) => expectClose(d.alpha_u, pre.per_document.find((x) => x.id === d.id)!.alpha_u));
      }),
      RUNS,
    );
  });

  test('exact F1 compares spans as stored: a repeated span counts once, and pre-merging can change it', () => {
    fc.assert(
      fc.property(corpus(), level, ({ input }, lvl) => {
        const doubled = { documents: input.documents.map((d) => ({ ...d, spans: [...d.spans, ...d.spans] })) };
        const raw = computeAgreement(input, { level: lvl });
        raw.f1_exact.forEach((pair, p) =>
          expectSameValues(pair, computeAgreement(doubled, { level: lvl }).f1_exact[p]!),
        );
        const reference = exactF1Reference(input, raw.annotators, lvl);
        raw.f1_exact.forEach((pair, p) => expectClose(pair.overall, reference[p]!));
      }),
      RUNS,
    );
    // The rule is not vacuous: two overlapping spans against their union match nothing exactly until merged.
    const text = 'abcdefghij';
    const input: AgreementInput = {
      documents: [{ id: 'd', text, done: [], spans: [sp('ann', 0, 6), sp('ann', 4, 10), sp('bob', 0, 10)] }],
    };
    expect(computeAgreement(input, { level: 'stored' }).f1_exact[0]!.overall).toBe(0);
    expect(computeAgreement(mergeInput(input, 'stored'), { level: 'stored' }).f1_exact[0]!.overall).toBe(1);
  });
});

describe('fast paths equal the literal definitions', () => {
  test('κ, Fleiss κ and α equal per-character computations', () => {
    fc.assert(
      fc.property(corpus(), level, ({ input, annotators }, lvl) => {
        const report = computeAgreement(input, { level: lvl });
        for (const label of [null, ...report.labels]) {
          const reference = characterReference(input, annotators, label, lvl);
          const pick = (values: { overall: number | null; per_label: Record<string, number | null> }) =>
            label === null ? values.overall : values.per_label[label]!;
          // The report says null where nobody marked anything; the reference then sees perfect agreement.
          if (pick(report.fleiss_kappa) !== null) {
            expectClose(pick(report.fleiss_kappa), reference.fleiss);
            expectClose(pick(report.krippendorff_alpha), reference.alpha);
          }
          report.cohen_kappa.forEach((pair, p) => pick(pair) !== null && expectClose(pick(pair), reference.cohen[p]!));
        }
      }),
      RUNS,
    );
  });

  test('α_U equals a per-section-pair evaluation of the formulas on the concatenated continuum', () => {
    fc.assert(
      fc.property(corpus(), level, ({ input, annotators }, lvl) => {
        const report = computeAgreement(input, { level: lvl });
        const reference = unitizingReference(input, annotators, report.labels, lvl);
        for (const label of report.labels) {
          const { observed, expected } = report.alpha_u.disagreement.per_label[label]!;
          if (observed === null) continue;
          expectClose(observed, reference.get(label)!.observed);
          expectClose(expected, reference.get(label)!.expected);
        }
      }),
      RUNS,
    );
  });
});

function allValues(report: AgreementReport): Array<number | null> {
  const labelled = (v: { overall: number | null; per_label: Record<string, number | null> }) => [
    v.overall,
    ...Object.values(v.per_label),
  ];
  return [
    ...labelled(report.alpha_u),
    ...labelled(report.krippendorff_alpha),
    ...labelled(report.fleiss_kappa),
    ...[...report.cohen_kappa, ...report.f1_exact, ...report.f1_overlap].flatMap(labelled),
    ...report.per_document.flatMap((d) => [d.alpha_u, d.f1_exact]),
  ];
}

function expectSameValues(
  x: { overall: number | null; per_label: Record<string, number | null> },
  y: { overall: number | null; per_label: Record<string, number | null> },
): void {
  expectClose(x.overall, y.overall);
  for (const label of Object.keys(x.per_label)) expectClose(x.per_label[label]!, y.per_label[label]!);
}

function expectClose(x: number | null, y: number | null): void {
  if (x === null || y === null) {
    expect(x).toBe(y);
    return;
  }
  expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(y)));
}

function sp(annotator: string, start: number, end: number): AgreementSpan {
  return { annotator, label: 'claim', technique: null, start, end };
}

// Replaces each annotator's overlapping spans of one compared label by their union.
function mergeInput(input: AgreementInput, lvl: LabelLevel): AgreementInput {
  return {
    documents: input.documents.map((document) => {
      const groups = new Map<string, AgreementSpan[]>();
      for (const s of document.spans) {
        if (s.end <= s.start) continue;
        const key = `${s.annotator}\u0000${comparedLabel(s, lvl)}`;
        groups.set(key, [...(groups.get(key) ?? []), s]);
      }
      const spans: AgreementSpan[] = [];
      for (const group of groups.values()) {
        const sorted = [...group].sort((x, y) => x.start - y.start);
        let current = { ...sorted[0]! };
        for (const s of sorted.slice(1)) {
          if (s.start < current.end) current.end = Math.max(current.end, s.end);
          else {
            spans.push(current);
            current = { ...s };
          }
        }
        spans.push(current);
      }
      return { ...document, spans };
    }),
  };
}

// 2·|A∩B| / (|A|+|B|) with spans as (document, label, start, end) sets, summed over everything.
function exactF1Reference(input: AgreementInput, annotators: string[], lvl: LabelLevel): Array<number | null> {
  const sets = annotators.map(
    (name) =>
      new Set(
        input.documents.flatMap((d) =>
          d.spans
            .filter((s) => s.annotator === name && s.end > s.start)
            .map((s) => `${d.id}|${comparedLabel(s, lvl)}|${s.start}|${s.end}`),
        ),
      ),
  );
  const result: Array<number | null> = [];
  for (let a = 0; a < annotators.length; a++) {
    for (let b = a + 1; b < annotators.length; b++) {
      const both = [...sets[a]!].filter((key) => sets[b]!.has(key)).length;
      const total = sets[a]!.size + sets[b]!.size;
      result.push(total === 0 ? null : (2 * both) / total);
    }
  }
  return result;
}

// D_O as 2/(R(R−1)L²) · Σ over rater pairs of Σ over every pair of intersecting sections (units and gaps);
// D_E by the closed form with a plain scan over all gaps. Quadratic, and written without the fast walk.
function unitizingReference(input: AgreementInput, annotators: string[], labels: string[], lvl: LabelLevel) {
  const merged = mergeInput(input, lvl);
  const begins: number[] = [];
  let L = 0;
  for (const d of merged.documents) {
    begins.push(L);
    L += [...d.text].length;
  }
  const R = annotators.length;
  const result = new Map<string, { observed: number; expected: number }>();
  for (const label of labels) {
    const units = annotators.map((name) =>
      merged.documents
        .flatMap((d, i) =>
          d.spans
            .filter((s) => s.annotator === name && comparedLabel(s, lvl) === label)
            .map((s) => [begins[i]! + s.start, begins[i]! + s.end] as const),
        )
        .sort((x, y) => x[0] - y[0]),
    );
    const sections = units.map((own) => {
      const list: Array<{ start: number; end: number; unit: boolean }> = [];
      let pos = 0;
      for (const [start, end] of own) {
        if (start > pos) list.push({ start: pos, end: start, unit: false });
        list.push({ start, end, unit: true });
        pos = end;
      }
      if (pos < L) list.push({ start: pos, end: L, unit: false });
      return list;
    });
    let sum = 0;
    for (let r1 = 0; r1 < R; r1++) {
      for (let r2 = r1 + 1; r2 < R; r2++) {
        for (const s1 of sections[r1]!) {
          for (const s2 of sections[r2]!) {
            if (s1.start < s2.end && s2.start < s1.end) {
              sum += unitizingDistance(s1.start, s1.end - s1.start, s1.unit, s2.start, s2.end - s2.start, s2.unit);
            }
          }
        }
      }
    }
    const lengths = units.flat().map(([start, end]) => end - start);
    const gaps = sections
      .flat()
      .filter((s) => !s.unit)
      .map((s) => s.end - s.start);
    const N = lengths.length;
    let numerator = 0;
    for (const l of lengths) {
      let fits = 0;
      for (const g of gaps) if (g >= l) fits += g - l + 1;
      numerator += ((N - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l * l * fits;
    }
    const squared = lengths.reduce((s, l) => s + l * (l - 1), 0);
    result.set(label, {
      observed: (2 * sum) / (R * (R - 1) * L * L),
      expected: (numerator * (2 / L)) / (R * L * (R * L - 1) - squared),
    });
  }
  return result;
}
