import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAgreement } from '../../../shared/agreement';
import type { DocumentSummary, LabelScheme } from '../../../shared/domain';
import { contrastRatio, heatColor, parseHex } from '../../../renderer/agreement/heatColor';
import { formatMeasure, reasonFor, valueFor } from '../../../renderer/agreement/measureValues';
import { pairMatrix } from '../../../renderer/agreement/pairMatrix';
import {
  comparableAnnotators,
  defaultAnnotators,
  labelChoices,
  labelName,
} from '../../../renderer/agreement/selectionChoices';
import { AAEC_ANNOTATORS, aaecInput } from '../agreement/aaecCorpus';
import { doc, span } from '../agreement/corpusBuilders';

describe('formatMeasure', () => {
  it('writes three decimals with a true minus sign and a dash for null', () => {
    expect(formatMeasure(0.6666666)).toBe('0.667');
    expect(formatMeasure(1)).toBe('1.000');
    expect(formatMeasure(-0.700346)).toBe('\u22120.700');
    expect(formatMeasure(null)).toBe('—');
    expect(formatMeasure(Number.NaN)).toBe('—');
  });

  it('drops the sign of a value that rounds to zero', () => {
    expect(formatMeasure(-0.0001)).toBe('0.000');
    expect(formatMeasure(-0.0005)).toBe('\u22120.001');
  });
});

describe('values and reasons of a real report (the docs’ worked example)', () => {
  // docs/agreement.md section 9: A marks claim [1, 9), B marks [2, 3), [4, 5), [6, 7).
  const report = computeAgreement(
    {
      documents: [
        doc('d', 'abcdefghij', [
          span('A', 'claim', 1, 9),
          span('B', 'claim', 2, 3),
          span('B', 'claim', 4, 5),
          span('B', 'claim', 6, 7),
        ]),
      ],
    },
    { level: 'stored', labels: ['claim', 'evidence'] },
  );

  it('reads the overall value, a label’s value, and the reason a label has none', () => {
    expect(formatMeasure(valueFor(report.alpha_u, null))).toBe('\u22120.700');
    expect(formatMeasure(valueFor(report.krippendorff_alpha, 'claim'))).toBe('0.040');
    expect(valueFor(report.fleiss_kappa, 'evidence')).toBeNull();
    expect(reasonFor(report.fleiss_kappa, 'evidence')).toMatch(/evidence/u);
    expect(reasonFor(report.fleiss_kappa, 'claim')).toBeUndefined();
  });

  it('lays the pairwise values out as a symmetric matrix with the spans of each side', () => {
    const matrix = pairMatrix(report, 'f1_overlap', null);
    expect(matrix.map((row) => row.map((cell) => formatMeasure(cell.value)))).toEqual([
      ['—', '0.545'],
      ['0.545', '—'],
    ]);
    expect(matrix[0]![0]!.diagonal).toBe(true);
    expect(matrix[0]![1]!.spans).toEqual({ row: 1, column: 3 });
    expect(matrix[1]![0]!.spans).toEqual({ row: 3, column: 1 });
    const kappa = pairMatrix(report, 'cohen_kappa', 'claim');
    expect(formatMeasure(kappa[1]![0]!.value)).toBe('0.194');
    const none = pairMatrix(report, 'f1_exact', 'evidence');
    expect(none[0]![1]!.value).toBeNull();
    expect(none[0]![1]!.reason).toMatch(/evidence/u);
  });
});

describe('pairMatrix on the AAEC essays', () => {
  it('puts every pair’s value in both of its cells, in the report’s annotator order', () => {
    const report = computeAgreement(aaecInput(), { level: 'stored' });
    expect(report.annotators).toEqual(AAEC_ANNOTATORS);
    for (const measure of ['cohen_kappa', 'f1_exact', 'f1_overlap'] as const) {
      for (const label of [null, 'Claim', 'Premise']) {
        const matrix = pairMatrix(report, measure, label);
        for (const pair of report[measure]) {
          const a = AAEC_ANNOTATORS.indexOf(pair.a);
          const b = AAEC_ANNOTATORS.indexOf(pair.b);
          const expected = label === null ? pair.overall : pair.per_label[label];
          expect(matrix[a]![b]!.value).toBe(expected);
          expect(matrix[b]![a]!.value).toBe(expected);
        }
      }
    }
  });
});

describe('heatColor', () => {
  it('keeps the written value readable on every colour (WCAG AA, 4.5:1)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1.5, max: 1.5, noNaN: true }), (value) => {
        const { background, text } = heatColor(value);
        expect(contrastRatio(parseHex(background), parseHex(text))).toBeGreaterThanOrEqual(4.5);
      }),
    );
  });

  it('darkens with agreement, blue for positive values and orange for negative ones', () => {
    const lightness = (value: number) => parseHex(heatColor(value).background).reduce((sum, c) => sum + c, 0);
    expect(lightness(0.2)).toBeGreaterThan(lightness(0.5));
    expect(lightness(0.5)).toBeGreaterThan(lightness(0.9));
    const [r, , b] = parseHex(heatColor(0.8).background);
    expect(b).toBeGreaterThan(r);
    const [r2, , b2] = parseHex(heatColor(-0.8).background);
    expect(r2).toBeGreaterThan(b2);
    expect(heatColor(1).text).toBe('#ffffff');
    expect(heatColor(0).text).toBe('#000000');
  });
});

describe('selection choices', () => {
  const summary = (spanCounts: Record<string, number>, status: DocumentSummary['status'] = {}): DocumentSummary => ({
    id: 'x',
    title: 'x',
    length: 1,
    spanCount: 0,
    spanCounts,
    status,
  });

  it('offers annotators with a span or a done mark, sorted by code units, and selects all but gold', () => {
    const comparable = comparableAnnotators([
      summary({ bob: 2, gold: 1 }),
      summary({ Ann: 0 }, { cat: 'done', dan: 'in_progress' }),
    ]);
    expect(comparable).toEqual(['bob', 'cat', 'gold']);
    expect(defaultAnnotators(comparable)).toEqual(['bob', 'cat']);
  });

  const scheme: LabelScheme = {
    labels: [
      { key: 'claim', name: 'Claim', color: '#f2c94c', parent: null, shortcut: '1', description: '' },
      { key: 'propaganda', name: 'Propaganda marker', color: '#eb5757', parent: null, shortcut: '4', description: '' },
      { key: 'Doubt', name: 'Doubt', color: '#eb5757', parent: 'propaganda', shortcut: null, description: '' },
    ],
    relationTypes: [],
  };

  it('offers techniques only at the stored level, and labels used but not in the scheme last', () => {
    expect(labelChoices(scheme, 'stored', ['Premise', 'claim']).map((c) => c.key)).toEqual([
      'claim',
      'propaganda',
      'Doubt',
      'Premise',
    ]);
    expect(labelChoices(scheme, 'top', []).map((c) => c.key)).toEqual(['claim', 'propaganda']);
    expect(labelName(scheme, 'propaganda')).toBe('Propaganda marker');
    expect(labelName(scheme, 'Premise')).toBe('Premise');
  });
});
