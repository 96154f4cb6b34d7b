// The curation view end to end in Chromium: three annotators' spans, auto-merge into gold, then
// settle disagreements with the keyboard and the mouse (accept, reject, edit), undo and redo as
// gold, reload, and export gold through the CLI with exact code-point offsets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { runCliOk } from '../helpers/cli';
import { codePointRange, pySlice } from '../helpers/multilingualText';
import { expect, test } from './fixtures';
import { openApp, queryProject } from './workbenchHelpers';

// An emoji (two UTF-16 units, one code point) and a CRLF sit before later spans, so any offset
// counted in UTF-16 would land one character off.
const TEXT_1 =
  'The minister said the economy grew by 5% last year. Critics call this a lie 😀 and demand proof.\r\nOfficials have not answered.';
const TEXT_2 = 'Prices rose 🇺🇳 again in March, the agency reported.';
const on = (text: string, needle: string) => codePointRange(text, needle);

const RECORDS = [
  {
    id: 'c1',
    title: 'Economy claims',
    text: TEXT_1,
    spans: [
      {
        id: 'a1',
        annotator: 'ana',
        label: 'claim',
        ...on(TEXT_1, 'The minister said the economy grew by 5% last year'),
      },
      {
        id: 'b1',
        annotator: 'bo',
        label: 'claim',
        ...on(TEXT_1, 'The minister said the economy grew by 5% last year'),
      },
      { id: 'c1', annotator: 'cy', label: 'claim', ...on(TEXT_1, 'the economy grew by 5% last year') },
      {
        id: 'a2',
        annotator: 'ana',
        label: 'propaganda',
        technique: 'Name_Calling,Labeling',
        ...on(TEXT_1, 'call this a lie'),
      },
      { id: 'b2', annotator: 'bo', label: 'propaganda', technique: 'Loaded_Language', ...on(TEXT_1, 'a lie') },
      { id: 'c3', annotator: 'cy', label: 'opinion', ...on(TEXT_1, 'demand proof') },
    ],
  },
  {
    id: 'c2',
    title: 'Prices',
    text: TEXT_2,
    spans: [
      { id: 'a4', annotator: 'ana', label: 'claim', ...on(TEXT_2, 'Prices rose 🇺🇳 again') },
      { id: 'b4', annotator: 'bo', label: 'evidence', ...on(TEXT_2, 'Prices rose') },
      { id: 'c4', annotator: 'cy', label: 'claim', ...on(TEXT_2, 'Prices rose 🇺🇳 again') },
      { id: 'a5', annotator: 'ana', label: 'evidence', ...on(TEXT_2, 'the agency reported') },
      { id: 'b5', annotator: 'bo', label: 'evidence', ...on(TEXT_2, 'the agency reported') },
      { id: 'c5', annotator: 'cy', label: 'evidence', ...on(TEXT_2, 'the agency reported') },
    ],
  },
];

interface GoldRow {
  document: string;
  uid: string;
  label: string;
  technique: string | null;
  start: number;
  end: number;
  quote: string;
}

function goldSpans(path: string): GoldRow[] {
  return queryProject<GoldRow>(
    path,
    `SELECT d.uid AS document, s.uid, s.label, s.technique, s.start_cp AS start, s.end_cp AS end, s.quote
       FROM spans s JOIN documents d ON d.id = s.document_id JOIN annotators a ON a.id = s.annotator_id
      WHERE a.name = 'gold' ORDER BY d.uid, s.start_cp`,
  );
}

const group = (page: Page) => page.getByTestId('curation-group');
const row = (page: Page, annotator: string) =>
  page.locator(`[data-testid="version-row"][data-annotator="${annotator}"]`);

async function settledReads(page: Page, text: string) {
  await expect(page.getByTestId('curation-progress')).toHaveText(text);
  await expect(page.getByTestId('curation-view')).toHaveAttribute('data-busy', 'false');
}

test('auto-merges three annotators, settles groups by accept, reject and edit, undoes and redoes, and keeps it all after a reload', async ({
  page,
  served,
}) => {
  served.importJsonl(RECORDS);
  await openApp(page, served.url);

  await page.getByTestId('open-curation').click();
  await expect(page.getByTestId('curation-view')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Curate gold' })).toBeFocused();
  await expect(page.getByTestId('compare-annotator')).toHaveCount(3);
  await expect(page.getByTestId('merge-k')).toHaveValue('2');
  // Before auto-merge every group of overlapping spans is open, the unanimous one too.
  await settledReads(page, '0 of 5 settled');

  await page.getByTestId('auto-merge').click();
  await expect(page.getByTestId('auto-merge-report')).toHaveText(
    'Added 3 spans to gold in 2 documents. 4 disagreements left to curate below.',
  );
  await settledReads(page, '0 of 4 settled');
  expect(goldSpans(served.path).map((s) => [s.document, s.quote])).toEqual([
    ['c1', 'The minister said the economy grew by 5% last year'],
    ['c2', 'Prices rose 🇺🇳 again'],
    ['c2', 'the agency reported'],
  ]);

  // The first group: ana and bo agree (already gold), cy marked less.
  await expect(group(page)).toHaveAttribute('data-document', 'c1');
  await expect(page.getByTestId('group-position')).toContainText('Disagreement 1 of 3 open here');
  await expect(row(page, 'cy').locator('mark')).toHaveText('the economy grew by 5% last year');
  await expect(row(page, 'ana').locator('mark')).toHaveText('The minister said the economy grew by 5% last year');
  await expect(page.getByTestId('gold-row').getByTestId('span-chip')).toHaveText(/Claim/);
  await page.screenshot({ path: 'test-results/screenshots/curation-after-auto-merge.png', fullPage: true });

  // Walk forward and back with the keyboard, then accept cy's version with its number.
  await page.keyboard.press('j');
  await expect(page.getByTestId('group-position')).toContainText('Disagreement 2 of 3 open here');
  await page.keyboard.press('k');
  await expect(page.getByTestId('group-position')).toContainText('Disagreement 1 of 3 open here');
  await page.keyboard.press('3');
  await settledReads(page, '1 of 4 settled');
  await expect(page.getByTestId('curation-notice')).toHaveText('Accepted cy’s version.');

  // Two propaganda versions with different techniques; reject both with the mouse.
  await expect(row(page, 'ana').getByTestId('span-chip')).toContainText('Propaganda marker: Name calling, labeling');
  await expect(row(page, 'bo').getByTestId('span-chip')).toContainText('Propaganda marker: Loaded language');
  await expect(row(page, 'cy')).toContainText('marked nothing here');
  await page.screenshot({ path: 'test-results/screenshots/curation-overlapping-versions.png', fullPage: true });
  await page.getByTestId('reject-group').click();
  await settledReads(page, '2 of 4 settled');

  // Edit: choose cy's row with the mouse, E, then widen the span to the full stop and relabel it.
  await expect(row(page, 'cy').locator('mark')).toHaveText('demand proof');
  await row(page, 'cy').getByTestId('version-context').click();
  await expect(row(page, 'cy')).toHaveAttribute('data-chosen', 'true');
  await page.keyboard.press('e');
  await expect(page.getByTestId('edit-form')).toBeVisible();
  const proof = on(TEXT_1, 'demand proof.');
  await expect(page.getByTestId('edit-start')).toBeFocused();
  await expect(page.getByTestId('edit-start')).toHaveValue(String(proof.start));
  await page.getByTestId('edit-end').fill(String(proof.end));
  await page.getByTestId('edit-label').selectOption('claim');
  await expect(page.getByTestId('edit-quote')).toHaveText('“demand proof.”');
  await page.screenshot({ path: 'test-results/screenshots/curation-edit.png', fullPage: true });
  await page.getByTestId('edit-end').press('Enter');
  await settledReads(page, '3 of 4 settled');
  await expect(page.getByTestId('curation-notice')).toHaveText('Saved the edited gold span.');

  // The last group is in the second document; accept ana's version with the mouse.
  await expect(group(page)).toHaveAttribute('data-document', 'c2');
  await row(page, 'ana').getByTestId('accept-version').click();
  await settledReads(page, '4 of 4 settled');
  await expect(page.getByTestId('curation-done')).toContainText('Every disagreement is settled');
  await page.screenshot({ path: 'test-results/screenshots/curation-all-settled.png', fullPage: true });

  // Undo brings that group back; redo settles it again; undo once more.
  await page.keyboard.press('Control+z');
  await settledReads(page, '3 of 4 settled');
  await expect(page.getByTestId('curation-notice')).toHaveText('Undid accepting ana’s version.');
  await expect(group(page)).toHaveAttribute('data-document', 'c2');
  await page.keyboard.press('Control+Shift+z');
  await settledReads(page, '4 of 4 settled');
  await page.keyboard.press('Control+z');
  await settledReads(page, '3 of 4 settled');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
  await page.getByTestId('open-curation').click();
  await settledReads(page, '3 of 4 settled');
  await expect(group(page)).toHaveAttribute('data-document', 'c2');
  await expect(row(page, 'bo').locator('mark')).toHaveText('Prices rose');
  await page.screenshot({ path: 'test-results/screenshots/curation-after-reload.png', fullPage: true });

  const expectedGold = [
    ['c1', 'claim', null, 'the economy grew by 5% last year'],
    ['c1', 'claim', null, 'demand proof.'],
    ['c2', 'claim', null, 'Prices rose 🇺🇳 again'],
    ['c2', 'evidence', null, 'the agency reported'],
  ];
  expect(goldSpans(served.path).map((s) => [s.document, s.label, s.technique, s.quote])).toEqual(expectedGold);
  expect(
    queryProject<{ action: string; annotator: string | null }>(
      served.path,
      'SELECT action, annotator FROM curation_decisions ORDER BY rowid',
    ),
  ).toEqual([
    { action: 'accept', annotator: 'cy' },
    { action: 'reject', annotator: null },
    { action: 'accept', annotator: 'cy' },
  ]);

  // Gold exports like any annotator, offsets in code points into the exact text.
  const out = join(served.dir, 'gold.jsonl');
  runCliOk(['export', served.path, '--format', 'jsonl', '--annotator', 'gold', '--out', out]);
  const exported = readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map(
      (line) =>
        JSON.parse(line) as { id: string; text: string; spans: { start: number; end: number; label: string }[] },
    )
    .filter((record) => record.spans.length > 0);
  expect(exported.map((record) => record.text)).toEqual([TEXT_1, TEXT_2]);
  expect(
    exported.flatMap((record) =>
      record.spans.map((span) => [record.id, span.label, pySlice(record.text, span.start, span.end)]),
    ),
  ).toEqual(expectedGold.map(([document, label, , quote]) => [document, label, quote]));
  expect(exported[0]!.spans.find((span) => span.label === 'claim' && span.start === proof.start)).toMatchObject({
    end: proof.end,
  });
});

test('compares the annotators chosen with the checkboxes at the k chosen, and accepts the version picked with the arrows and Enter', async ({
  page,
  served,
}) => {
  served.importJsonl(RECORDS);
  await openApp(page, served.url);
  await page.getByTestId('open-curation').click();
  await settledReads(page, '0 of 5 settled');

  // Only ana and bo, any one of them suffices: everything they marked goes into gold.
  await page.getByRole('checkbox', { name: 'cy' }).click();
  await expect(page.getByTestId('merge-k')).toHaveValue('2');
  await page.getByTestId('merge-k').selectOption('1');
  await expect(page.getByText('A span goes into gold when at least 1 of the 2 compared annotators')).toBeVisible();
  await page.getByTestId('auto-merge').click();
  await expect(page.getByTestId('auto-merge-report')).toHaveText(
    'Added 6 spans to gold in 2 documents. No disagreements left.',
  );
  await expect(page.getByTestId('curation-done')).toBeVisible();

  // Back to all three: only the groups with a cy span gold lacks are open; gold holds every span of the others.
  await page.getByRole('checkbox', { name: 'cy' }).click();
  await expect(page.getByTestId('merge-k')).toHaveValue('2');
  await settledReads(page, '0 of 2 settled');
  await expect(row(page, 'cy').locator('mark')).toHaveText('the economy grew by 5% last year');
  await expect(row(page, 'ana')).toHaveAttribute('data-chosen', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(row(page, 'cy')).toHaveAttribute('data-chosen', 'true');
  await page.keyboard.press('Enter');
  await settledReads(page, '1 of 2 settled');
  await expect(row(page, 'cy').locator('mark')).toHaveText('demand proof');
  expect(
    goldSpans(served.path)
      .filter((s) => s.document === 'c1')
      .map((s) => s.quote),
  ).toEqual(['the economy grew by 5% last year', 'call this a lie', 'a lie']);
});
