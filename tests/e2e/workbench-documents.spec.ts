// Document titles: a text import finds a better title than a date or a section word, a title can be
// edited in the list, and a document can be deleted (after saying what goes with it) and restored
// with one Undo delete.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCliOk } from '../helpers/cli';
import { expect, test } from './fixtures';
import { callApi, documentItem, openApp, queryProject } from './workbenchHelpers';

const DOC = '000_d94b5c86e54fbc34';
const DATED = '001_7d6718613a425cdc';

test.use({ serveOptions: { annotator: 'ana' } });

test('a text import takes the title from the file name when the first line is a date or a section word', async ({
  page,
  served,
}) => {
  writeFileSync(join(served.dir, 'courier-riots.txt'), 'Monday, 10 January 2022\n\nRiots spread in the capital.\n');
  writeFileSync(join(served.dir, 'report.txt'), 'Abstract\nWe study the riots.\n');
  runCliOk(['import', served.path, join(served.dir, 'courier-riots.txt'), join(served.dir, 'report.txt')]);
  await openApp(page, served.url);
  await expect(documentItem(page, 'courier-riots').locator('.document-title')).toHaveText('courier-riots');
  await expect(documentItem(page, 'report').locator('.document-title')).toHaveText('report');
  // The bundled sample whose first line is "Jan 9, 2022" is named by its file, too.
  await expect(documentItem(page, DATED).locator('.document-title')).toHaveText(DATED);
  await expect(documentItem(page, DOC).locator('.document-title')).toHaveText(
    'In Kazakhstan, the Kremlin shows its mendacity',
  );
});

test('renames a document in the list and the open article’s heading follows; Escape leaves the title as it was', async ({
  page,
  served,
}) => {
  await openApp(page, served.url);
  await documentItem(page, DATED).click();
  await page.getByTestId('rename-document').click();
  await page.getByTestId('rename-input').fill('Kazakhstan unrest, 9 January');
  await page.keyboard.press('Escape');
  await expect(documentItem(page, DATED).locator('.document-title')).toHaveText(DATED);

  await page.getByTestId('rename-document').click();
  await page.getByTestId('rename-input').fill('Kazakhstan unrest, 9 January');
  await page.keyboard.press('Enter');
  await expect(documentItem(page, DATED).locator('.document-title')).toHaveText('Kazakhstan unrest, 9 January');
  await expect(page.getByTestId('article-title')).toHaveText('Kazakhstan unrest, 9 January');
  expect(queryProject<{ title: string }>(served.path, 'SELECT title FROM documents WHERE uid = ?', DATED)).toEqual([
    { title: 'Kazakhstan unrest, 9 January' },
  ]);
  await page.reload();
  await expect(documentItem(page, DATED).locator('.document-title')).toHaveText('Kazakhstan unrest, 9 January');
});

test('deletes a document with its spans after saying whose spans go, and Undo delete brings it all back', async ({
  page,
  served,
  request,
}) => {
  await callApi(request, served.url, 'createSpan', {
    document: DOC,
    annotator: 'ana',
    id: 'a1',
    start: 0,
    end: 13,
    label: 'claim',
  });
  await callApi(request, served.url, 'createSpan', {
    document: DOC,
    annotator: 'ana',
    id: 'a2',
    start: 20,
    end: 27,
    label: 'opinion',
  });
  await callApi(request, served.url, 'createSpan', {
    document: DOC,
    annotator: 'bo',
    id: 'b1',
    start: 0,
    end: 13,
    label: 'evidence',
  });
  await callApi(request, served.url, 'createRelation', {
    document: DOC,
    annotator: 'ana',
    id: 'r1',
    type: 'supports',
    from: 'a2',
    to: 'a1',
  });
  const spanRows = () =>
    queryProject<{ uid: string }>(
      served.path,
      'SELECT s.uid FROM spans s JOIN documents d ON d.id = s.document_id WHERE d.uid = ? ORDER BY s.uid',
      DOC,
    );
  await openApp(page, served.url);
  await documentItem(page, DOC).click();
  await expect(page.getByTestId('article-view')).toHaveAttribute('data-document-id', DOC);

  // Cancel keeps everything.
  await page.getByTestId('delete-document').click();
  await expect(page.getByTestId('delete-document-summary')).toContainText('3 spans go with it (ana 2, bo 1)');
  await page.screenshot({ path: 'test-results/screenshots/delete-document-confirm.png' });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('delete-document-dialog')).toHaveCount(0);
  expect(spanRows()).toHaveLength(3);

  await page.getByTestId('delete-document').click();
  await page.getByTestId('confirm-delete-document').click();
  await expect(documentItem(page, DOC)).toHaveCount(0);
  await expect(page.getByTestId('deleted-notice')).toContainText(
    'Deleted In Kazakhstan, the Kremlin shows its mendacity and its 3 spans.',
  );
  await expect(page.locator(`[data-testid="article-view"][data-document-id="${DOC}"]`)).toHaveCount(0);
  expect(spanRows()).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/delete-document-notice.png' });

  await page.getByTestId('undo-delete').click();
  await expect(page.getByTestId('deleted-notice')).toHaveCount(0);
  await expect(documentItem(page, DOC)).toHaveCount(1);
  await expect(page.getByTestId('document-item').first()).toHaveAttribute('data-document-id', DOC);
  expect(spanRows()).toEqual([{ uid: 'a1' }, { uid: 'a2' }, { uid: 'b1' }]);
  expect(
    queryProject(
      served.path,
      'SELECT r.uid FROM relations r JOIN documents d ON d.id = r.document_id WHERE d.uid = ?',
      DOC,
    ),
  ).toEqual([{ uid: 'r1' }]);
  await documentItem(page, DOC).click();
  await expect(page.getByTestId('article-view')).toHaveAttribute('data-annotations', 'ready');
});
