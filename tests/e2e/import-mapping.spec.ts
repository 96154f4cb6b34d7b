// Issue 10 item 8: the Import… dialog shows the labels the files use that the project lacks,
// proposes the project's label with the same name, and imports with the mapping the user chose;
// labels it adds get distinct colour-blind-safe colours and the palette stays on one row.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { NEW_LABEL_PALETTE } from '../../shared/labelPalette';
import { realdata } from '../helpers/realdata';
import { expect, test } from './fixtures';

test.use({ serveOptions: { annotator: 'ana' } });

const AAEC_GOLD = realdata('aaec_multiannotator', 'brat-project-final');

// The AAEC gold essays as a browser would pick them (read in place, never copied into the project).
const aaecFiles = () =>
  readdirSync(AAEC_GOLD)
    .sort()
    .map((name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(join(AAEC_GOLD, name)) }));

function labelRows(path: string) {
  const db = new Database(path, { readonly: true });
  const labels = db.prepare('SELECT key, color, parent FROM labels').all() as {
    key: string;
    color: string;
    parent: string | null;
  }[];
  const counts = db.prepare('SELECT label, count(*) AS n FROM spans GROUP BY label').all() as {
    label: string;
    n: number;
  }[];
  db.close();
  return { labels, counts: Object.fromEntries(counts.map((row) => [row.label, row.n])) };
}

/** Opens the Import dialog and picks the AAEC gold essays as brat files. */
async function pickAaecForImport(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
  await page.getByTestId('data-menu').click();
  await page.getByTestId('import-open').click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByTestId('import-format').selectOption('brat');
  await dialog.getByTestId('import-files').setInputFiles(aaecFiles());
  return dialog;
}

test('maps the files’ labels in the Import dialog: Claim to claim as proposed, Premise to evidence, MajorClaim added in colour', async ({
  page,
  served,
}) => {
  const dialog = await pickAaecForImport(page, served.url);

  const mapping = dialog.getByTestId('label-mapping');
  await expect(mapping.getByTestId('label-mapping-row')).toHaveCount(3);
  await expect(mapping.getByTestId('label-mapping-row').first()).toContainText('Premise (25 spans)');
  // The case-insensitive match is proposed; the others default to "add as new".
  await expect(dialog.getByLabel('Map Claim')).toHaveValue('claim');
  await expect(dialog.getByLabel('Map Premise')).toHaveValue('');
  await expect(dialog.getByLabel('Map MajorClaim')).toHaveValue('');
  await dialog.getByLabel('Map Premise').selectOption('evidence');
  await dialog.getByTestId('import-annotator').fill('gold');
  await page.screenshot({ path: 'test-results/screenshots/import-mapping.png' });
  await dialog.getByTestId('import-submit').click();
  await expect(dialog.getByTestId('import-report')).toContainText('Imported 3 new documents');

  const { labels, counts } = labelRows(served.path);
  expect(counts).toMatchObject({ claim: 11, evidence: 25, MajorClaim: 6 });
  expect(labels.map((label) => label.key)).not.toContain('Claim');
  expect(labels.map((label) => label.key)).not.toContain('Premise');
  const added = labels.find((label) => label.key === 'MajorClaim')!;
  expect(NEW_LABEL_PALETTE).toContain(added.color);
});

test('nine top-level labels, five of them added by imports, get distinct palette colours on one row at 1280 px', async ({
  page,
  served,
}) => {
  // Two labels from a first import, then Claim, Premise and MajorClaim added as new: 4 + 2 + 3 = 9 top-level labels.
  served.importJsonl([
    {
      id: 'extra',
      text: 'Stance and rebuttal here.',
      spans: [
        { start: 0, end: 6, label: 'Stance', annotator: 'ana' },
        { start: 11, end: 19, label: 'Rebuttal', annotator: 'ana' },
      ],
    },
  ]);
  const dialog = await pickAaecForImport(page, served.url);
  await expect(dialog.getByTestId('label-mapping-row')).toHaveCount(3);
  await dialog.getByLabel('Map Claim').selectOption('');
  await dialog.getByTestId('import-annotator').fill('gold');
  await dialog.getByTestId('import-submit').click();
  await expect(dialog.getByTestId('import-report')).toContainText('Imported 3 new documents');
  await dialog.getByRole('button', { name: 'Close' }).click();

  const topLevel = labelRows(served.path).labels.filter((label) => label.parent === null);
  expect(topLevel).toHaveLength(9);
  expect(new Set(topLevel.map((label) => label.color)).size).toBe(9);

  await page.locator('[data-testid="document-item"][data-document-id="essay004"]').click();
  await expect(page.getByTestId('article-view')).toHaveAttribute('data-annotations', 'ready');
  const buttons = page.getByTestId('label-palette').getByTestId('palette-label');
  await expect(buttons).toHaveCount(9);
  // One row: every button starts at the same height, none is cut off on the right, and each key shows.
  const boxes = await buttons.evaluateAll((elements) =>
    elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
  );
  expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBe(1);
  expect(Math.max(...boxes.map((box) => box.right))).toBeLessThanOrEqual(1280);
  await expect(page.getByTestId('label-palette').locator('.palette-key')).toHaveCount(4);
  for (const key of await page.getByTestId('label-palette').locator('.palette-key').all())
    await expect(key).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/palette-nine-labels-1280.png' });
});
