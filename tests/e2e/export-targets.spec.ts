// The Export… dialog in a browser, writing inside the served project's folder: a folder holding
// other files is refused with what to do, and nothing in it is touched; a new folder is written.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('the export dialog refuses a non-empty folder and leaves its files untouched', async ({ page, served }) => {
  const docs = join(served.dir, 'docs');
  mkdirSync(docs);
  writeFileSync(join(docs, 'thesis.tex'), 'my thesis');

  await page.goto(served.url);
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
  await page.getByTestId('data-menu').click();
  await page.getByTestId('export-open').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-format').selectOption('brat');
  await expect(dialog.getByTestId('export-destination')).toContainText(`inside ${served.dir}`);
  await dialog.getByTestId('export-to-path').check();
  await dialog.getByTestId('export-path').fill(docs);
  await dialog.getByTestId('export-submit').click();
  await expect(dialog.getByTestId('export-error')).toContainText(`${docs} already holds files (thesis.tex)`);
  await expect(dialog.getByTestId('export-error')).toContainText('Choose a new or empty folder');
  await page.screenshot({ path: 'test-results/screenshots/export-refused.png' });
  expect(readdirSync(docs)).toEqual(['thesis.tex']);
  expect(readFileSync(join(docs, 'thesis.tex'), 'utf8')).toBe('my thesis');

  // The project's own folder is refused too; a new folder is written, with the export's marker.
  await dialog.getByTestId('export-path').fill(served.dir);
  await dialog.getByTestId('export-submit').click();
  await expect(dialog.getByTestId('export-error')).toContainText('holds the open project');
  const fresh = join(served.dir, 'brat-out');
  await dialog.getByTestId('export-path').fill(fresh);
  await dialog.getByTestId('export-submit').click();
  await expect(dialog.getByTestId('export-report')).toContainText(`Exported 5 documents`);
  await expect(dialog.getByTestId('export-report')).toContainText(`to ${fresh}`);
  expect(readdirSync(fresh)).toContain('.spanmark-export.json');
  // A path outside the served folder is refused by main, whatever the page sends.
  await dialog.getByTestId('export-path').fill('/tmp/elsewhere-brat');
  await dialog.getByTestId('export-submit').click();
  await expect(dialog.getByTestId('export-error')).toContainText(`only inside ${served.dir}`);
});
