// The worked example of docs/agreement.md, section 9: if this fails, the docs or the code are wrong.
import { expect, test } from 'vitest';
import { computeAgreement } from '../../../shared/agreement/report';
import { doc, span } from './corpusBuilders';

const report = computeAgreement(
  {
    documents: [
      doc('ex', 'abcdefghij', [
        span('A', 'claim', 1, 9),
        span('B', 'claim', 2, 3),
        span('B', 'claim', 4, 5),
        span('B', 'claim', 6, 7),
      ]),
    ],
  },
  { level: 'stored' },
);

test('α_U: D_O 0.91, D_E 0.535185, α_U −0.700346', () => {
  expect(report.alpha_u.disagreement.per_label.claim!.observed).toBeCloseTo(0.91, 12);
  expect(report.alpha_u.disagreement.per_label.claim!.expected).toBeCloseTo(173.4 / 324, 12);
  expect(report.alpha_u.overall).toBeCloseTo(-0.700346, 6);
  expect(report.per_document[0]!.alpha_u).toBeCloseTo(-0.700346, 6);
});

test("characters: Cohen's κ 0.193548, Fleiss' κ −0.010101, α 0.040404", () => {
  expect(report.counts.items).toBe(10);
  expect(report.cohen_kappa[0]!.overall).toBeCloseTo(0.12 / 0.62, 12);
  expect(report.cohen_kappa[0]!.per_label.claim).toBeCloseTo(0.193548, 6);
  expect(report.fleiss_kappa.overall).toBeCloseTo(-0.005 / 0.495, 12);
  expect(report.krippendorff_alpha.overall).toBeCloseTo(1 - 0.5 / (198 / 380), 12);
  expect(report.krippendorff_alpha.per_label.claim).toBeCloseTo(0.040404, 6);
});

test('F1: exact 0, overlap 0.545455; confusion claim/claim 3', () => {
  expect(report.f1_exact[0]!.overall).toBe(0);
  expect(report.f1_overlap[0]!.overall).toBeCloseTo(0.75 / 1.375, 12);
  expect(report.confusion[0]!.counts).toEqual([
    [3, 0],
    [0, 0],
  ]);
});
