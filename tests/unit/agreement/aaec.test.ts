// computeAgreement on real data: three annotators' raw brat files for three AAEC essays
// (../shared/realdata/aaec_multiannotator). The pinned values were cross-checked when this test was
// written against DKPro Agreement's KrippendorffAlphaUnitizingAgreement code (α_U, overall, per label and
// per document) and against an independent per-character Python computation (κ, Fleiss' κ, α, both F1s).
import { describe, expect, test } from 'vitest';
import { computeAgreement } from '../../../shared/agreement/report';
import type { AgreementReport } from '../../../shared/agreement/types';
import { AAEC_ANNOTATORS, aaecInput } from './aaecCorpus';

const report = computeAgreement(aaecInput(), { level: 'stored' });

describe('AAEC essays 004–006, annotators 1–3', () => {
  test('scope: three essays, the three annotators, the three AAEC labels, 121 spans', () => {
    expect(report.annotators).toEqual(AAEC_ANNOTATORS);
    expect(report.documents).toBe(3);
    expect(report.labels).toEqual(['Claim', 'MajorClaim', 'Premise']);
    expect(report.counts).toMatchObject({
      characters: 5348,
      items: 4497,
      spans: 121,
      spans_per_annotator: { annotator1: 41, annotator2: 39, annotator3: 41 },
    });
  });

  test('every value lies between −1 and 1 and none is null', () => {
    for (const value of values(report)) {
      expect(value).not.toBeNull();
      expect(value!).toBeGreaterThanOrEqual(-1);
      expect(value!).toBeLessThanOrEqual(1);
    }
  });

  test('α_U as DKPro computes it', () => {
    expect(report.alpha_u.overall).toBeCloseTo(0.8991303684503629, 9);
    expect(report.alpha_u.per_label.Claim).toBeCloseTo(0.7900774281849551, 9);
    expect(report.alpha_u.per_label.MajorClaim).toBeCloseTo(0.8930539251285275, 9);
    expect(report.alpha_u.per_label.Premise).toBeCloseTo(0.931774339776381, 9);
    expect(report.per_document.map((d) => [d.id, d.alpha_u])).toEqual([
      ['essay006', expect.closeTo(0.8381584170453138, 9)],
      ['essay005', expect.closeTo(0.8593906725132014, 9)],
      ['essay004', expect.closeTo(0.9146568544546204, 9)],
    ]);
  });

  test('character-level measures and span F1 as computed per character and per the SemEval scorer', () => {
    expect(report.krippendorff_alpha.overall).toBeCloseTo(0.8305612688581825, 9);
    expect(report.fleiss_kappa.overall).toBeCloseTo(0.8305487085371192, 9);
    expect(report.krippendorff_alpha.per_label.Claim).toBeCloseTo(0.7136571098811741, 9);
    expect(report.cohen_kappa.map((p) => p.overall)).toEqual([
      expect.closeTo(0.8225775323149643, 9),
      expect.closeTo(0.8023897699698778, 9),
      expect.closeTo(0.8672720119841717, 9),
    ]);
    expect(report.f1_exact.map((p) => p.overall)).toEqual([
      expect.closeTo(0.6, 12),
      expect.closeTo(0.5853658536585366, 9),
      expect.closeTo(0.825, 12),
    ]);
    expect(report.f1_overlap.map((p) => p.overall)).toEqual([
      expect.closeTo(0.8535487374766774, 9),
      expect.closeTo(0.8084267166133561, 9),
      expect.closeTo(0.8951829723645573, 9),
    ]);
  });

  test('the Claim/Premise flips of the notes show up in the confusion matrices', () => {
    const claim = report.labels.indexOf('Claim');
    const premise = report.labels.indexOf('Premise');
    const flips = report.confusion.reduce((n, m) => n + m.counts[claim]![premise]! + m.counts[premise]![claim]!, 0);
    expect(flips).toBeGreaterThan(0);
  });

  test('the order of annotators changes nothing', () => {
    const reversed = computeAgreement(aaecInput(), { level: 'stored', annotators: [...AAEC_ANNOTATORS].reverse() });
    expect(reversed.alpha_u.overall).toBeCloseTo(report.alpha_u.overall!, 12);
    expect(reversed.fleiss_kappa.overall).toBeCloseTo(report.fleiss_kappa.overall!, 12);
    expect(reversed.krippendorff_alpha.overall).toBeCloseTo(report.krippendorff_alpha.overall!, 12);
    for (const pair of report.f1_overlap) {
      const twin = reversed.f1_overlap.find((p) => p.a === pair.b && p.b === pair.a)!;
      expect(twin.overall).toBeCloseTo(pair.overall!, 12);
    }
  });

  test('the adjudicated gold is left out by default, and can be compared when selected', () => {
    const withGold = computeAgreement(aaecInput({ withGold: true }), { level: 'stored' });
    expect(withGold.alpha_u.overall).toBe(report.alpha_u.overall);
    const goldToo = computeAgreement(aaecInput({ withGold: true }), {
      level: 'stored',
      annotators: [...AAEC_ANNOTATORS, 'gold'],
    });
    expect(goldToo.cohen_kappa).toHaveLength(6);
    for (const value of values(goldToo)) expect(Math.abs(value!)).toBeLessThanOrEqual(1);
    // Each annotator agrees at least as well with the adjudicated gold as the weakest annotator pair does.
    const weakest = Math.min(...report.f1_overlap.map((p) => p.overall!));
    for (const pair of goldToo.f1_overlap.filter((p) => p.b === 'gold')) expect(pair.overall!).toBeGreaterThan(weakest);
  });
});

function values(r: AgreementReport): Array<number | null> {
  const labelled = (v: { overall: number | null; per_label: Record<string, number | null> }) => [
    v.overall,
    ...Object.values(v.per_label),
  ];
  return [
    ...labelled(r.alpha_u),
    ...labelled(r.krippendorff_alpha),
    ...labelled(r.fleiss_kappa),
    ...[...r.cohen_kappa, ...r.f1_exact, ...r.f1_overlap].flatMap(labelled),
    ...r.per_document.flatMap((d) => [d.alpha_u, d.f1_exact]),
  ];
}
