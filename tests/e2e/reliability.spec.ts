// Nothing lost: edits made while a large import job runs are all saved, and the project file, or a
// copy saved from the Data menu, holds every edit while the app is still open.
import Database from 'better-sqlite3';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dragSelect, expectAllSaved, highlightOf, openForLabelling, selectedSpanId } from './editorPage';
import { expect, test } from './fixtures';

const DOC = '000_d94b5c86e54fbc34';
const PHRASES = ['Kremlin shows its mendacity', 'Kremlin itself'];
const BULK_DOCUMENTS = 5000;

test.use({ serveOptions: { annotator: 'ana' } });

function spanCountOf(file: string, annotator: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare('SELECT count(*) FROM spans s JOIN annotators a ON a.id = s.annotator_id WHERE a.name = ?')
      .pluck()
      .get(annotator) as number;
  } finally {
    db.close();
  }
}

/** Writes a native JSONL corpus of `documents` articles with 20 spans each; returns its path. */
function corpus(dir: string, documents: number): string {
  const text = 'The minister said the aid arrived. 👋🏽 中文 مرحبا\r\n'.repeat(6);
  const lines: string[] = [];
  for (let d = 0; d < documents; d++) {
    const spans = Array.from({ length: 20 }, (_, s) => ({
      id: `s${s}`,
      start: s * 10,
      end: s * 10 + 5,
      label: 'claim',
      annotator: 'importer',
    }));
    lines.push(JSON.stringify({ id: `bulk${d}`, text, spans }));
  }
  const path = join(dir, 'bulk.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

test('labels spans while a large import job runs: every edit is saved, and so is the import', async ({
  page,
  served,
}) => {
  await openForLabelling(page, served, DOC);
  await page.getByTestId('data-menu').click();
  await page.getByTestId('import-open').click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByTestId('import-format').selectOption('jsonl');
  await dialog.getByTestId('import-files').setInputFiles(corpus(served.dir, BULK_DOCUMENTS));
  await dialog.getByTestId('import-submit').click();
  await expect(dialog.getByTestId('job-progress')).toBeVisible();
  await page.keyboard.press('Escape');

  // Label while the import runs in the background.
  for (const phrase of PHRASES) {
    await dragSelect(page, phrase);
    await page.keyboard.press('1');
    const id = await selectedSpanId(page);
    await expect(highlightOf(page, id)).toHaveAttribute('data-save', 'saved');
  }
  await expectAllSaved(page);
  expect(spanCountOf(served.path, 'ana')).toBe(PHRASES.length);
  // The import comes in whole once its job ends.
  await expect.poll(() => spanCountOf(served.path, 'importer'), { timeout: 120_000 }).toBe(BULK_DOCUMENTS * 20);
  expect(spanCountOf(served.path, 'ana')).toBe(PHRASES.length);
});

test('the project file alone, and a copy saved from the Data menu, hold every saved edit while the app is open', async ({
  page,
  served,
}) => {
  await openForLabelling(page, served, DOC);
  for (const phrase of PHRASES) {
    await dragSelect(page, phrase);
    await page.keyboard.press('1');
  }
  await expectAllSaved(page);

  // A colleague gets only the .spanmark file, copied while the app is open: once the app is idle, it is complete.
  const alone = join(served.dir, 'usb-stick.spanmark');
  await expect
    .poll(() => {
      copyFileSync(served.path, alone);
      return spanCountOf(alone, 'ana');
    })
    .toBe(PHRASES.length);

  await page.getByTestId('data-menu').click();
  await page.getByTestId('save-copy-open').click();
  const dialog = page.getByTestId('save-copy-dialog');
  const downloading = page.waitForEvent('download');
  await dialog.getByTestId('save-copy-submit').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('e2e.spanmark');
  const saved = join(served.dir, 'saved-copy.spanmark');
  await download.saveAs(saved);
  expect(spanCountOf(saved, 'ana')).toBe(PHRASES.length);
  await expect(dialog.getByTestId('save-copy-report')).toContainText('The copy is downloading.');
  await page.screenshot({ path: 'test-results/screenshots/save-copy-dialog.png' });
});
