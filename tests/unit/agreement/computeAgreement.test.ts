// computeAgreement: scope, label levels, the continuum, nulls with reasons, confusion, per-document ranking.
import { describe, expect, test } from 'vitest';
import { computeAgreement } from '../../../shared/agreement/report';
import { formatAgreementTables } from '../../../shared/agreement/formatTables';
import { unitizingAlpha, unitizingStudy } from '../../../shared/agreement/unitizingAlpha';
import type { AgreementInput } from '../../../shared/agreement/types';
import { InputError, SpanmarkError } from '../../../shared/errors';
import { characterReference, doc, span } from './corpusBuilders';

const TEXT_A = 'Taxes rose. Critics say the plan failed badly.';
const TEXT_B = 'The minister denied it. Nobody believed him.';

function twoDocuments(): AgreementInput {
  return {
    documents: [
      doc('a', TEXT_A, [
        span('ann', 'claim', 0, 11),
        span('ann', 'opinion', 12, 46),
        span('bob', 'claim', 0, 10),
        span('bob', 'opinion', 20, 46),
        span('gold', 'claim', 0, 11),
      ]),
      doc('b', TEXT_B, [span('ann', 'claim', 0, 23), span('bob', 'opinion', 0, 23), span('bob', 'claim', 24, 44)]),
    ],
  };
}

describe('scope', () => {
  test('default annotators: everyone but gold, sorted; the required keys are present', () => {
    const report = computeAgreement(twoDocuments(), { level: 'stored' });
    expect(report.annotators).toEqual(['ann', 'bob']);
    expect(report.documents).toBe(2);
    expect(report.labels).toEqual(['claim', 'opinion']);
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining([
        'annotators',
        'documents',
        'labels',
        'alpha_u',
        'krippendorff_alpha',
        'fleiss_kappa',
        'cohen_kappa',
        'f1_exact',
        'f1_overlap',
        'per_document',
      ]),
    );
    expect(report.cohen_kappa.map((p) => [p.a, p.b])).toEqual([['ann', 'bob']]);
  });

  test('a document counts only if every selected annotator has a span in it or marked it done', () => {
    const input = twoDocuments();
    input.documents.push(doc('c', 'Only ann worked here.', [span('ann', 'claim', 0, 4)]));
    input.documents.push(doc('d', 'Bob found nothing to mark.', [span('ann', 'claim', 0, 3)], ['bob']));
    const report = computeAgreement(input, { level: 'stored' });
    expect(report.documents).toBe(3);
    expect(report.per_document.map((d) => d.id).sort()).toEqual(['a', 'b', 'd']);
    expect(report.excluded_documents).toEqual([{ id: 'c', missing: ['bob'] }]);
    // With gold selected too, only document a has all three.
    const withGold = computeAgreement(input, { level: 'stored', annotators: ['ann', 'bob', 'gold'] });
    expect(withGold.documents).toBe(1);
    expect(withGold.cohen_kappa).toHaveLength(3);
  });

  test('an annotator nobody knows is refused with the known names', () => {
    const error = (() => {
      try {
        computeAgreement(twoDocuments(), { level: 'stored', annotators: ['ann', 'bobby'] });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SpanmarkError);
    expect((error as SpanmarkError).code).toBe('bad_params');
    expect((error as Error).message).toBe(
      'unknown annotator "bobby": no span and no "done" mark by that name; annotators in this project: ann, bob, gold',
    );
  });

  test('a span outside its text is refused naming the document and what to do', () => {
    const input = twoDocuments();
    input.documents[1]!.spans.push(span('bob', 'claim', 40, 99));
    expect(() => computeAgreement(input, { level: 'stored' })).toThrow(InputError);
    expect(() => computeAgreement(input, { level: 'stored' })).toThrow(
      'document "b": span 40-99 (claim) of bob is outside the text\'s 0..44 code points; fix or delete the span',
    );
  });

  test('the label filter keeps the given order and reports a label nobody used as null with a reason', () => {
    const report = computeAgreement(twoDocuments(), { level: 'stored', labels: ['opinion', 'evidence'] });
    expect(report.labels).toEqual(['opinion', 'evidence']);
    expect(report.alpha_u.per_label.evidence).toBeNull();
    expect(report.alpha_u.reasons['per_label.evidence']).toBe(
      'no span labelled evidence by the selected annotators in scope',
    );
    expect(report.krippendorff_alpha.reasons['per_label.evidence']).toBe(
      'no span labelled evidence covers a non-whitespace character',
    );
    expect(report.f1_exact[0]!.reasons['per_label.evidence']).toBe('neither ann nor bob has a span labelled evidence');
    // Claim spans are gone from every measure: the overall α_U is the opinion one alone.
    expect(report.alpha_u.overall).toBeCloseTo(report.alpha_u.per_label.opinion!, 12);
    expect(report.counts.spans).toBe(3);
  });
});

describe('label level', () => {
  const input: AgreementInput = {
    documents: [
      doc('p', 'They want to destroy our country forever.', [
        span('ann', 'propaganda/Loaded_Language', 13, 20),
        span('bob', 'propaganda/Exaggeration,Minimisation', 13, 20),
        span('ann', 'propaganda', 25, 32),
        span('bob', 'propaganda', 25, 32),
      ]),
    ],
  };

  test('as stored, a technique is the compared label and a bare propaganda span stays propaganda', () => {
    const report = computeAgreement(input, { level: 'stored' });
    expect(report.labels).toEqual(['Exaggeration,Minimisation', 'Loaded_Language', 'propaganda']);
    expect(report.f1_exact[0]!.overall).toBeCloseTo(2 / 4, 12);
    expect(report.f1_exact[0]!.per_label.Loaded_Language).toBe(0);
    expect(report.confusion[0]!.counts[1]![0]).toBe(1); // ann Loaded_Language × bob Exaggeration
  });

  test('top folds every technique into propaganda', () => {
    const report = computeAgreement(input, { level: 'top' });
    expect(report.labels).toEqual(['propaganda']);
    expect(report.level).toBe('top');
    expect(report.f1_exact[0]!.overall).toBe(1);
    expect(report.alpha_u.overall).toBe(1);
    expect(report.cohen_kappa[0]!.overall).toBe(1);
  });
});

describe('the α_U continuum', () => {
  test('is the documents in scope laid end to end in document order, offsets in code points', () => {
    const texts = ['😀 ab\r\ncd', 'x😀y z'];
    const input: AgreementInput = {
      documents: [
        doc('one', texts[0]!, [span('ann', 'claim', 2, 4), span('bob', 'claim', 1, 4), span('bob', 'claim', 6, 8)]),
        doc('skipped', 'nobody here', [span('ann', 'claim', 0, 3)]),
        doc('two', texts[1]!, [span('ann', 'claim', 0, 3), span('bob', 'claim', 1, 3)]),
      ],
    };
    const report = computeAgreement(input, { level: 'stored' });
    // 'one' has 8 code points (the emoji counts once, CRLF twice), so 'two' starts at 8.
    expect(report.counts.characters).toBe(8 + 5);
    expect(report.counts.items).toBe(5 + 4);
    const study = unitizingStudy(2, [
      { offset: 2, length: 2, rater: 0, category: 'claim' },
      { offset: 8, length: 3, rater: 0, category: 'claim' },
      { offset: 1, length: 3, rater: 1, category: 'claim' },
      { offset: 6, length: 2, rater: 1, category: 'claim' },
      { offset: 9, length: 2, rater: 1, category: 'claim' },
    ]);
    expect(report.alpha_u.overall).toBeCloseTo(unitizingAlpha({ begin: 0, length: 13 }, study).overall.value!, 12);
  });

  test('overlapping same-label spans of one annotator are merged into one unit', () => {
    const input: AgreementInput = {
      documents: [
        doc('d', 'abcdefghijklmnop', [
          span('ann', 'claim', 0, 6),
          span('ann', 'claim', 4, 10),
          span('bob', 'claim', 0, 10),
        ]),
      ],
    };
    const report = computeAgreement(input, { level: 'stored' });
    expect(report.alpha_u.units.per_label.claim).toBe(2);
    expect(report.alpha_u.overall).toBe(1);
    expect(report.f1_overlap[0]!.overall).toBe(1);
    // Exact F1 compares spans as stored: neither of ann's two spans is bob's.
    expect(report.f1_exact[0]!.overall).toBe(0);
  });
});

describe('the character-level measures', () => {
  test('equal per-character reference computations, per label and over label sets', () => {
    const input: AgreementInput = {
      documents: [
        doc('x', 'Alpha beta gamma delta epsilon.', [
          span('ann', 'claim', 0, 10),
          span('ann', 'opinion', 6, 16),
          span('bob', 'claim', 0, 5),
          span('bob', 'opinion', 11, 30),
          span('cy', 'claim', 0, 16),
          span('cy', 'claim', 3, 8),
        ]),
        doc('y', 'Zeta eta\ttheta  iota.', [
          span('ann', 'opinion', 0, 8),
          span('bob', 'opinion', 5, 21),
          span('cy', 'claim', 0, 4),
        ]),
      ],
    };
    const annotators = ['ann', 'bob', 'cy'];
    const report = computeAgreement(input, { level: 'stored' });
    for (const label of [null, 'claim', 'opinion']) {
      const reference = characterReference(input, annotators, label, 'stored');
      const pick = (values: { overall: number | null; per_label: Record<string, number | null> }) =>
        label === null ? values.overall : values.per_label[label];
      expect(pick(report.krippendorff_alpha)).toBeCloseTo(reference.alpha!, 12);
      expect(pick(report.fleiss_kappa)).toBeCloseTo(reference.fleiss!, 12);
      report.cohen_kappa.forEach((pair, p) => expect(pick(pair)).toBeCloseTo(reference.cohen[p]!, 12));
    }
  });

  test('whitespace is not an item: spans differing only on spaces and line breaks agree perfectly', () => {
    const input: AgreementInput = {
      documents: [
        doc('w', 'one two\r\nthree\u00a0four', [
          span('ann', 'claim', 0, 8),
          span('bob', 'claim', 0, 7),
          span('ann', 'opinion', 9, 19),
          span('bob', 'opinion', 8, 19),
        ]),
      ],
    };
    const report = computeAgreement(input, { level: 'stored' });
    expect(report.counts.items).toBe(15);
    expect(report.cohen_kappa[0]!.overall).toBe(1);
    expect(report.krippendorff_alpha.overall).toBe(1);
    expect(report.fleiss_kappa.per_label.claim).toBe(1);
    expect(report.alpha_u.overall).toBeLessThan(1);
  });
});

describe('nulls carry their reason', () => {
  test('one annotator: every measure is null, saying why', () => {
    const report = computeAgreement(twoDocuments(), { level: 'stored', annotators: ['ann'] });
    expect(report.alpha_u.overall).toBeNull();
    expect(report.alpha_u.reasons.overall).toBe('needs at least two annotators; selected: ann');
    expect(report.krippendorff_alpha.reasons['per_label.claim']).toBe('needs at least two annotators; selected: ann');
    expect(report.cohen_kappa).toEqual([]);
    expect(report.per_document[0]!.reasons).toEqual({
      alpha_u: 'needs at least two annotators',
      f1_exact: 'needs at least two annotators',
    });
  });

  test('no document in scope', () => {
    const input: AgreementInput = {
      documents: [doc('a', 'text', [span('ann', 'claim', 0, 2)], []), doc('b', 'text', [span('bob', 'claim', 0, 2)])],
    };
    const report = computeAgreement(input, { level: 'stored' });
    expect(report.documents).toBe(0);
    expect(report.alpha_u.reasons.overall).toMatch(/^no document in scope/u);
    expect(report.f1_exact[0]!.overall).toBeNull();
    expect(report.f1_exact[0]!.reasons.overall).toMatch(/^no document in scope/u);
    expect(report.cohen_kappa[0]!.reasons.overall).toMatch(/^no document in scope/u);
  });

  test('documents marked done by everyone with no spans at all', () => {
    const report = computeAgreement({ documents: [doc('a', 'Quiet text.', [], ['ann', 'bob'])] }, { level: 'stored' });
    expect(report.documents).toBe(1);
    expect(report.labels).toEqual([]);
    expect(report.alpha_u.overall).toBeNull();
    expect(report.fleiss_kappa.reasons.overall).toBe('no span covers a non-whitespace character');
    expect(report.f1_overlap[0]!.reasons.overall).toBe('neither ann nor bob has a span');
    expect(report.per_document).toEqual([
      {
        id: 'a',
        alpha_u: null,
        f1_exact: null,
        spans: { ann: 0, bob: 0 },
        reasons: { alpha_u: 'no spans in this document', f1_exact: 'no spans in this document' },
      },
    ]);
  });

  test('zero-length spans count for scope but enter no measure', () => {
    const input: AgreementInput = {
      documents: [doc('a', 'Some text.', [span('ann', 'claim', 3, 3), span('bob', 'claim', 0, 4)])],
    };
    const report = computeAgreement(input, { level: 'stored' });
    expect(report.documents).toBe(1);
    expect(report.counts.empty_spans_ignored).toBe(1);
    expect(report.f1_exact[0]!.counts).toEqual({ a: 0, b: 1, per_label: { claim: { a: 0, b: 1 } } });
    expect(report.f1_exact[0]!.overall).toBe(0);
  });
});

describe('confusion and per-document ranking', () => {
  test('overlapping span pairs counted once per pair; unmatched spans in the none row and column', () => {
    const report = computeAgreement(twoDocuments(), { level: 'stored' });
    const matrix = report.confusion[0]!;
    expect(matrix.labels).toEqual(['claim', 'opinion']);
    // a: ann claim×bob claim, ann opinion×bob opinion; b: ann claim×bob opinion; bob's claim in b overlaps nothing.
    expect(matrix.counts).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [1, 0, 0],
    ]);
  });

  test('documents are sorted by disagreement: lowest α_U first', () => {
    const report = computeAgreement(twoDocuments(), { level: 'stored' });
    expect(report.per_document.map((d) => d.id)).toEqual(['b', 'a']);
    const [b, a] = report.per_document;
    expect(b!.alpha_u!).toBeLessThan(a!.alpha_u!);
    expect(b!.f1_exact).toBe(0);
    expect(a!.f1_exact).toBe(0);
    expect(a!.spans).toEqual({ ann: 2, bob: 2 });
  });

  test('per-document α_U is α_U of that document alone', () => {
    const input = twoDocuments();
    const alone = computeAgreement({ documents: [input.documents[0]!] }, { level: 'stored' });
    const both = computeAgreement(input, { level: 'stored' });
    expect(both.per_document.find((d) => d.id === 'a')!.alpha_u).toBeCloseTo(alone.alpha_u.overall!, 12);
  });
});

describe('formatAgreementTables', () => {
  test('prints every measure to three decimals, — for nulls with their reasons', () => {
    const report = computeAgreement(twoDocuments(), { level: 'stored', labels: ['claim', 'opinion', 'evidence'] });
    const text = formatAgreementTables(report);
    expect(text).toContain('Agreement of ann, bob — 2 of 2 documents in scope, labels as stored');
    expect(text).toMatch(new RegExp(`^overall +${report.alpha_u.overall!.toFixed(3)} `, 'mu'));
    expect(text).toMatch(/^evidence +— +— +— +0$/mu);
    expect(text).toMatch(new RegExp(`^ann – bob +${report.cohen_kappa[0]!.overall!.toFixed(3)} `, 'mu'));
    expect(text).toContain('α_U evidence: no span labelled evidence by the selected annotators in scope');
    expect(text).toContain('Documents with the most disagreement (2 of 2, lowest α_U first)');
  });
});
