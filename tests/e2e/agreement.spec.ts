import type { Page } from '@playwright/test';
import type { AgreementReport } from '../../shared/agreement';
import { formatMeasure } from '../../renderer/agreement/measureValues';
import { compareSpans } from '../../renderer/compare/compareSpans';
import { runCliOk } from '../helpers/cli';
import { AGREEMENT_RECORDS, DISPUTED, longDocumentRecord } from './agreementData';
import { expect, test } from './fixtures';
import { openApp } from './workbenchHelpers';

/** `spanmark agreement <project> --json [args]`, parsed. */
function cliAgreement(path: string, ...args: string[]): AgreementReport {
  return JSON.parse(runCliOk(['agreement', path, '--json', ...args]).stdout) as AgreementReport;
}

async function openAgreement(page: Page, url: string) {
  await openApp(page, url);
  await page.getByTestId('open-agreement').click();
  await expect(page.getByTestId('agreement-view')).toBeVisible();
  await expect(page.getByTestId('agreement-results')).toBeVisible();
}

const GROUP_MEASURES = ['alpha_u', 'krippendorff_alpha', 'fleiss_kappa'] as const;

/** Every number of the measures table equals the report's, to three decimals. */
async function expectMeasuresTable(page: Page, report: AgreementReport) {
  const rows = page.getByTestId('measures-row');
  await expect(rows).toHaveCount(report.labels.length + 1);
  for (const label of ['overall', ...report.labels]) {
    const row = page.locator(`[data-testid="measures-row"][data-label="${label}"]`);
    for (const measure of GROUP_MEASURES) {
      const value = label === 'overall' ? report[measure].overall : report[measure].per_label[label]!;
      await expect(row.getByTestId(`value-${measure}`), `${measure} of ${label}`).toHaveText(formatMeasure(value));
    }
    const spans = label === 'overall' ? report.counts.spans : report.counts.spans_per_label[label]!;
    await expect(row.getByTestId('row-spans')).toHaveText(String(spans));
  }
}

/** Every off-diagonal heatmap cell equals the pair's value in the report. */
async function expectHeatmap(
  page: Page,
  report: AgreementReport,
  measure: 'cohen_kappa' | 'f1_exact' | 'f1_overlap',
  label: string | null,
) {
  const heatmap = page.getByTestId('pairwise-heatmap');
  await expect(heatmap.getByTestId('heat-cell')).toHaveCount(report.annotators.length * (report.annotators.length - 1));
  for (const pair of report[measure]) {
    const value = label === null ? pair.overall : pair.per_label[label]!;
    for (const [row, column] of [
      [pair.a, pair.b],
      [pair.b, pair.a],
    ]) {
      await expect(heatmap.locator(`[data-testid="heat-cell"][data-row="${row}"][data-column="${column}"]`)).toHaveText(
        formatMeasure(value),
      );
    }
  }
}

test('the Agreement view shows the same numbers as spanmark agreement --json, and the worst document opens its comparison', async ({
  page,
  served,
}) => {
  served.importJsonl(AGREEMENT_RECORDS);
  const report = cliAgreement(served.path);
  expect(report.annotators).toEqual(['ann', 'bob', 'cat']);
  expect(report.per_document.map((d) => d.id)).toEqual(['disputed', 'calm']);

  await openAgreement(page, served.url);
  await expect(page.locator('.workspace')).toBeHidden();

  // What went into the numbers: 2 of 8 documents (five bundled samples and "solo" left out).
  await expect(page.getByTestId('count-documents')).toContainText(
    `${report.documents} of ${report.counts.documents_total}`,
  );
  await expect(page.getByTestId('count-documents')).toContainText('2 of 8');
  await expect(page.getByTestId('count-spans')).toContainText(String(report.counts.spans));
  await expect(page.getByTestId('count-items')).toContainText(String(report.counts.items));
  await expect(page.getByTestId('spans-per-annotator').locator('[data-annotator="cat"]')).toHaveText(
    `cat: ${report.counts.spans_per_annotator['cat']}`,
  );
  await page.getByTestId('excluded-documents').locator('summary').click();
  await expect(page.locator('.excluded-list [data-document-id="solo"]')).toContainText('missing: bob, cat');

  await expectMeasuresTable(page, report);
  await expect(page.getByTestId('measures-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();

  // The heatmap: Cohen's κ overall, then exact F1 for claims.
  await expectHeatmap(page, report, 'cohen_kappa', null);
  await page.getByTestId('heatmap-measure').selectOption('f1_exact');
  await page.getByTestId('heatmap-label').selectOption('claim');
  await expectHeatmap(page, report, 'f1_exact', 'claim');
  const annBob = page.locator('[data-testid="heat-cell"][data-row="ann"][data-column="bob"]');
  await expect(annBob).toHaveText('1.000');

  // The confusion of ann × cat: cat's opinion where ann says claim, and ann's unmatched minister claim.
  const pairIndex = report.confusion.findIndex((c) => c.a === 'ann' && c.b === 'cat');
  await page.getByTestId('confusion-pair').selectOption(String(pairIndex));
  const confusion = report.confusion[pairIndex]!;
  const cell = (row: string, column: string) =>
    page.locator(`[data-testid="confusion-cell"][data-row="${row}"][data-column="${column}"]`);
  const claim = confusion.labels.indexOf('claim');
  const opinion = confusion.labels.indexOf('opinion');
  await expect(cell('claim', 'opinion')).toHaveText(String(confusion.counts[claim]![opinion]!));
  await expect(cell('claim', 'opinion')).toHaveText('1');
  await expect(cell('claim', '')).toHaveText(String(confusion.counts[claim]![confusion.labels.length]!));
  await expect(cell('claim', '')).toHaveText('1');

  // Each annotator against gold, as `--annotators x,gold`.
  for (const annotator of report.annotators) {
    const against = cliAgreement(served.path, '--annotators', `${annotator},gold`);
    const row = page.locator(`[data-testid="gold-row"][data-annotator="${annotator}"]`);
    await expect(row.getByTestId('gold-f1_exact')).toHaveText(formatMeasure(against.f1_exact[0]!.overall));
    await expect(row.getByTestId('gold-cohen_kappa')).toHaveText(formatMeasure(against.cohen_kappa[0]!.overall));
  }
  await expect(page.locator('[data-testid="gold-row"][data-annotator="ann"]').getByTestId('gold-f1_exact')).toHaveText(
    '1.000',
  );

  // The ranking, worst first.
  const ranked = page.getByTestId('ranked-document');
  await expect(ranked).toHaveCount(2);
  await expect(ranked.first()).toHaveAttribute('data-document-id', 'disputed');
  await expect(ranked.first().getByTestId('document-alpha-u')).toHaveText(
    formatMeasure(report.per_document[0]!.alpha_u),
  );
  await expect(ranked.first().getByTestId('document-f1')).toHaveText(formatMeasure(report.per_document[0]!.f1_exact));

  await page.screenshot({ path: 'test-results/screenshots/agreement-overview.png' });
  await page.getByTestId('pairwise-heatmap').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/agreement-pairs.png' });
  await ranked.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/agreement-ranking.png' });

  // The comparison of the worst document: one disagreement of each kind and one agreement.
  await ranked.first().click();
  const comparison = page.getByTestId('comparison-view');
  await expect(comparison).toHaveAttribute('data-document-id', 'disputed');
  await expect(comparison.locator('.cmp-title')).toHaveText('Disputed bridge report');
  for (const kind of ['missing', 'boundary', 'label', 'agreement'])
    await expect(page.getByTestId(`kind-count-${kind}`)).toHaveText('1');
  const items = page.getByTestId('disagreement-item');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toHaveAttribute('data-kinds', 'missing');
  await expect(items.nth(0)).toContainText(`“${DISPUTED.missing}”`);
  await expect(items.nth(0).locator('[data-annotator="cat"]')).toContainText('no span');
  await expect(items.nth(1)).toHaveAttribute('data-kinds', 'boundary');
  await expect(items.nth(1)).toContainText(`“${DISPUTED.boundary}”`);
  await expect(items.nth(2)).toHaveAttribute('data-kinds', 'label');
  await expect(items.nth(2)).toContainText(`“${DISPUTED.label}”`);

  // In the text: every column shows the whole paragraph exactly; the marks sit on the right words.
  const text = page.getByTestId('comparison-text');
  await expect(text).toHaveAttribute('data-layout', 'columns');
  const catCells = text.locator('.cmp-cell[data-annotator="cat"]');
  await expect(catCells).toHaveText([
    'The minister said taxes will fall. Critics call the plan reckless.',
    'Prices rose by 5% last year. 👋🏽 Everyone agrees the bridge is old.',
  ]);
  await expect(catCells.first().locator('.cmp-absent')).toHaveText(DISPUTED.missing);
  await expect(text.locator('.cmp-cell[data-annotator="ann"] .cmp-kind-missing')).toHaveText(DISPUTED.missing);
  // The boundary: ann's span starts at "Critics", cat's at "call".
  await expect(text.locator('.cmp-cell[data-annotator="ann"] .cmp-kind-boundary.cmp-start')).toHaveText('Critics ');
  await expect(text.locator('.cmp-cell[data-annotator="cat"] .cmp-kind-boundary.cmp-start')).toHaveText(
    'call the plan reckless.',
  );
  await expect(text.locator('.cmp-cell[data-annotator="cat"] .cmp-kind-boundary.cmp-start')).toHaveAttribute(
    'data-tag',
    'Opinion',
  );
  // The label difference, after the emoji: claim for bob, opinion for cat, on the same characters.
  await expect(text.locator('.cmp-cell[data-annotator="bob"] .cmp-kind-label')).toHaveAttribute('data-tag', 'Claim');
  await expect(text.locator('.cmp-cell[data-annotator="cat"] .cmp-kind-label')).toHaveAttribute('data-tag', 'Opinion');
  await expect(text.locator('.cmp-cell[data-annotator="cat"] .cmp-kind-label')).toHaveText(DISPUTED.label);
  // The agreement is highlighted but not marked as a disagreement.
  await expect(
    text.locator('.cmp-cell[data-annotator="cat"] .cmp-covered', { hasText: DISPUTED.agreement }),
  ).not.toHaveClass(/cmp-group/u);

  // Choosing a disagreement in the list selects its stretch in every column.
  await items.nth(2).click();
  await expect(items.nth(2)).toHaveAttribute('aria-pressed', 'true');
  await expect(text.locator('.cmp-selected')).toHaveCount(3);
  await expect(page.locator('#cmp-group-3')).toBeFocused();
  await page.screenshot({ path: 'test-results/screenshots/agreement-comparison.png' });

  // Interleaved: the text once, every annotator's lane under it.
  await page.getByTestId('layout-lanes').check();
  await expect(text).toHaveAttribute('data-layout', 'lanes');
  await expect(text.locator('.cmp-lane-paragraph')).toHaveText([
    'The minister said taxes will fall. Critics call the plan reckless.',
    'Prices rose by 5% last year. 👋🏽 Everyone agrees the bridge is old.',
  ]);
  await expect(text.locator('.cmp-kind-missing')).toHaveText(DISPUTED.missing);
  await expect(text.locator('.cmp-kind-label')).toHaveAttribute(
    'title',
    'ann: Claim · bob: Claim · cat: Opinion\nLabel difference',
  );
  await page.screenshot({ path: 'test-results/screenshots/agreement-interleaved.png' });

  // Back to the numbers, as they were.
  await page.getByTestId('comparison-back').click();
  await expect(page.getByTestId('agreement-results')).toBeVisible();
  await expect(page.getByTestId('heatmap-measure')).toHaveValue('f1_exact');
  await page.getByTestId('agreement-close').click();
  await expect(page.locator('.workspace')).toBeVisible();
});

test('annotators, labels and level apply on Recompute and match the CLI with the same options', async ({
  page,
  served,
}) => {
  served.importJsonl(AGREEMENT_RECORDS);
  await openAgreement(page, served.url);
  await expect(page.locator('[data-testid="annotator-choice"][data-annotator="gold"] input')).not.toBeChecked();

  // Only ann and bob, only claims.
  await page.locator('[data-testid="annotator-choice"][data-annotator="cat"] input').uncheck();
  await page.getByTestId('label-filter').locator('summary').click();
  await page.locator('[data-testid="label-choice"][data-label="claim"]').check();
  // A technique nobody used: its values are "—" with the report's reason on hover.
  await page.locator('[data-testid="label-choice"][data-label="Doubt"]').check();
  await expect(page.getByTestId('agreement-controls')).toContainText('Changed — Recompute');
  // Nothing changes before Recompute.
  await expect(page.getByTestId('measures-row')).toHaveCount(cliAgreement(served.path).labels.length + 1);
  await page.getByTestId('agreement-recompute').click();
  const narrowed = cliAgreement(served.path, '--annotators', 'ann,bob', '--labels', 'claim,Doubt');
  expect(narrowed.alpha_u.per_label['Doubt']).toBeNull();
  await expect(page.getByTestId('measures-row')).toHaveCount(3);
  await expectMeasuresTable(page, narrowed);
  const doubt = page.locator('[data-testid="measures-row"][data-label="Doubt"]');
  await expect(doubt.locator('th')).toHaveText('Doubt');
  await expect(doubt.getByTestId('value-alpha_u')).toHaveAttribute(
    'title',
    narrowed.alpha_u.reasons['per_label.Doubt']!,
  );
  await expect(doubt.getByTestId('value-fleiss_kappa')).toHaveAttribute(
    'title',
    narrowed.fleiss_kappa.reasons['per_label.Doubt']!,
  );
  await expectHeatmap(page, narrowed, 'cohen_kappa', null);
  await page.screenshot({ path: 'test-results/screenshots/agreement-filtered.png' });

  // Top level with everyone: the same numbers as --level top.
  await page.locator('[data-testid="annotator-choice"][data-annotator="cat"] input').check();
  await page.getByTestId('label-filter').locator('summary').click();
  await page.getByTestId('label-filter').getByRole('button', { name: 'All labels in use' }).click();
  await page.getByTestId('level-top').check();
  await page.getByTestId('agreement-recompute').click();
  await expect(page.getByTestId('agreement-results')).toHaveAttribute('data-level', 'top');
  await expectMeasuresTable(page, cliAgreement(served.path, '--level', 'top'));

  // One annotator is not enough: Recompute waits for a second.
  for (const name of ['bob', 'cat'])
    await page.locator(`[data-testid="annotator-choice"][data-annotator="${name}"] input`).uncheck();
  await expect(page.getByTestId('agreement-recompute')).toBeDisabled();
  await expect(page.getByTestId('agreement-controls')).toContainText('Choose at least two annotators');
});

test('a long document compares as plain text, and the last disagreement is one click away', async ({
  page,
  served,
}) => {
  const record = longDocumentRecord();
  served.importJsonl([record]);
  const spans = record.spans.map((span, i) => ({ ...span, id: String(i) }));
  const expected = compareSpans(spans, ['ann', 'bob', 'cat']).filter((group) => group.kinds.length > 0);
  expect(expected.length).toBeGreaterThan(200);

  await openAgreement(page, served.url);
  const started = Date.now();
  await page.locator('[data-testid="ranked-document"][data-document-id="long"]').click();
  const items = page.getByTestId('disagreement-item');
  await expect(items).toHaveCount(expected.length);
  await expect(page.locator('.cmp-cell[data-annotator="ann"]')).toHaveCount(400);
  console.log(`comparison of ${record.spans.length} spans in 400 paragraphs shown in ${Date.now() - started} ms`);
  await expect(items.last()).toHaveAttribute('data-kinds', expected.at(-1)!.kinds.join(' '));

  await items.last().click();
  const anchor = page.locator(`#cmp-group-${expected.at(-1)!.index}`);
  await expect(anchor).toBeInViewport();
  await expect(anchor).toBeFocused();
  await page.screenshot({ path: 'test-results/screenshots/agreement-long-document.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(22, 24, 28)');
  await page.screenshot({ path: 'test-results/screenshots/agreement-long-document-dark.png' });
  await page.getByTestId('comparison-back').click();
  await page.getByTestId('pairwise-heatmap').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/agreement-pairs-dark.png' });
});
