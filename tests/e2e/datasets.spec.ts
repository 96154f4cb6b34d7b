import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { REPO_ROOT, runCliOk } from '../helpers/cli';
import { codePointRange, MULTILINGUAL_TEXT, pySlice } from '../helpers/multilingualText';
import { expect, test } from './fixtures';

const record = {
  id: 'uploaded',
  text: MULTILINGUAL_TEXT,
  spans: [{ id: 's1', ...codePointRange(MULTILINGUAL_TEXT, '👋🏽 world'), label: 'claim', annotator: 'ana' }],
};

test('imports an uploaded file through the Import… dialog and downloads an export with exact offsets', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');

  await page.getByTestId('data-menu').click();
  await page.getByTestId('import-open').click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByTestId('import-format').selectOption('jsonl');
  const bad = '{"id":"broken","text":"ab","spans":[{"start":0,"end":9,"label":"claim"}]}';
  await dialog.getByTestId('import-files').setInputFiles({
    name: 'corpus.jsonl',
    mimeType: 'application/jsonl',
    buffer: Buffer.from(`${JSON.stringify(record)}\n${bad}\n`),
  });
  await expect(dialog.getByTestId('import-source')).toContainText('corpus.jsonl');
  // One bad record stops the whole import and says where.
  await dialog.getByTestId('import-submit').click();
  await expect(dialog.getByTestId('import-error')).toContainText(
    'corpus.jsonl:2: document "broken": span #1: end 9 is past the end',
  );
  await expect(page.getByTestId('document-item')).toHaveCount(5);
  // With "skip invalid" the rest comes in and the skipped record is listed.
  await dialog.getByTestId('import-skip-invalid').check();
  await dialog.getByTestId('import-submit').click();
  // The bad span is left out; its document, which is fine, comes in.
  await expect(dialog.getByTestId('import-report')).toContainText(
    'Imported 2 new documents (0 already present), 1 span',
  );
  await expect(dialog.getByTestId('import-skipped')).toContainText(
    /^Skipped 1 invalid record\s*corpus\.jsonl:2: document "broken": span #1/,
  );
  await expect(page.getByTestId('document-item')).toHaveCount(7);
  await page.screenshot({ path: 'test-results/screenshots/import-dialog.png' });
  await dialog.getByRole('button', { name: 'Close' }).click();

  const db = new Database(served.path, { readonly: true });
  const stored = db
    .prepare(
      "SELECT s.start_cp AS start, s.end_cp AS end, s.quote FROM spans s JOIN documents d ON d.id = s.document_id WHERE d.uid = 'uploaded'",
    )
    .get() as {
    start: number;
    end: number;
    quote: string;
  };
  db.close();
  expect(pySlice(MULTILINGUAL_TEXT, stored.start, stored.end)).toBe('👋🏽 world');

  await page.getByTestId('data-menu').click();
  await page.getByTestId('export-open').click();
  const exportDialog = page.getByTestId('export-dialog');
  await exportDialog.getByTestId('export-offsets-utf16').check();
  await exportDialog.getByTestId('export-annotators').getByLabel('ana').check();
  const downloading = page.waitForEvent('download');
  await exportDialog.getByTestId('export-submit').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('e2e-jsonl.jsonl');
  const file = join(served.dir, 'downloaded.jsonl');
  await download.saveAs(file);
  const lines = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  const uploaded = lines.find((line) => line.id === 'uploaded');
  expect(uploaded.offsets).toBe('utf16');
  expect(MULTILINGUAL_TEXT.slice(uploaded.spans[0].start, uploaded.spans[0].end)).toBe('👋🏽 world');
  await expect(exportDialog.getByTestId('export-report')).toContainText('Offsets count UTF-16 code units');
  await page.screenshot({ path: 'test-results/screenshots/export-dialog.png' });
});

test('merges another laptop’s copy through the Merge… dialog', async ({ page, served }) => {
  const other = join(served.dir, 'bo.spanmark');
  runCliOk(['init', other]);
  runCliOk(['import', other, join(REPO_ROOT, 'seeds')]);
  const seedText = readFileSync(join(REPO_ROOT, 'seeds', '001_7d6718613a425cdc.txt'), 'utf8');
  const spans = join(served.dir, 'bo.jsonl');
  writeFileSync(
    spans,
    JSON.stringify({
      id: '001_7d6718613a425cdc',
      text: seedText,
      spans: [{ id: 'b1', start: 0, end: 3, label: 'claim', annotator: 'bo' }],
    }),
  );
  runCliOk(['import', other, spans]);

  await page.goto(served.url);
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
  await page.getByTestId('data-menu').click();
  await page.getByTestId('merge-open').click();
  const dialog = page.getByTestId('merge-dialog');
  await dialog.getByTestId('merge-files').setInputFiles(other);
  await dialog.getByTestId('merge-submit').click();
  await expect(dialog.getByTestId('merge-report')).toContainText('Merged 5 documents: 1 span and 0 relations added.');
  await dialog.getByTestId('merge-submit').click();
  await expect(dialog.getByTestId('merge-report')).toContainText('0 spans and 0 relations added');
  const db = new Database(served.path, { readonly: true });
  expect(
    db
      .prepare(
        "SELECT count(*) FROM spans s JOIN annotators a ON a.id = s.annotator_id WHERE a.name = 'bo' AND s.uid = 'b1'",
      )
      .pluck()
      .get(),
  ).toBe(1);
  db.close();
});
