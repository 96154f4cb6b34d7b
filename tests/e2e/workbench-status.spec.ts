// Document status, progress and "Next unfinished", driven through the real UI in Chromium.
import { expect, test } from './fixtures';
import { callApi, documentItem, openApp, storedStatuses } from './workbenchHelpers';

const SEED_IDS = [
  '000_d94b5c86e54fbc34',
  '001_7d6718613a425cdc',
  '002_964a688ff88cd9e1',
  '003_4e18fd9c259265ac',
  '004_ce7434ab9563ed40',
];
const [DOC0, DOC1, DOC2, DOC3, DOC4] = SEED_IDS as [string, string, string, string, string];

test.use({ serveOptions: { annotator: 'dana' } });

test.describe('before anyone is chosen to annotate', () => {
  test.use({ serveOptions: {} });

  test('the status control is disabled and says why; the list still opens the next document', async ({
    page,
    served,
  }) => {
    await openApp(page, served.url);
    await expect(page.getByTestId('progress-summary')).toContainText('Choose who annotates to see your progress.');
    await page.getByTestId('next-unfinished').click();
    await expect(page.getByTestId('article-view')).toHaveAttribute('data-document-id', DOC0);
    await expect(page.getByTestId('document-status-bar')).toContainText(
      'Choose who annotates (top right) to track your progress.',
    );
    for (const name of ['New', 'In progress', 'Done']) await expect(page.getByRole('radio', { name })).toBeDisabled();
    await page.screenshot({ path: 'test-results/screenshots/workbench-no-annotator.png' });

    await page.getByTestId('annotator-picker').selectOption({ label: 'New annotator…' });
    await page.getByTestId('new-annotator-name').fill('fay');
    await page.getByTestId('new-annotator-submit').click();
    await expect(page.getByRole('radio', { name: 'New' })).toBeEnabled();
    await page.getByRole('radio', { name: 'Done' }).click();
    await expect(page.getByTestId('progress-text')).toHaveText('1 of 5 done');
    await expect.poll(() => storedStatuses(served.path, 'fay')).toEqual({ [DOC0]: 'done' });
  });
});

test('sets the open document’s status with the mouse and the keyboard; the list, SQLite and a reload agree', async ({
  page,
  served,
}) => {
  await openApp(page, served.url);
  await expect(page.getByTestId('progress-text')).toHaveText('0 of 5 done');
  await documentItem(page, DOC2).click();
  await expect(page.getByTestId('article-view')).toHaveAttribute('data-ready', 'true');

  const control = page.getByTestId('status-control');
  await expect(control).toHaveAttribute('data-status', 'new');
  await expect(page.getByRole('radio', { name: 'New' })).toBeChecked();

  await page.getByRole('radio', { name: 'Done' }).click();
  await expect(page.getByRole('radio', { name: 'Done' })).toBeChecked();
  await expect(documentItem(page, DOC2)).toHaveAttribute('data-status', 'done');
  await expect(documentItem(page, DOC2).getByTestId('document-status')).toHaveText('Done');
  await expect(page.getByTestId('progress-text')).toHaveText('1 of 5 done');
  await expect(page.getByTestId('progress-bar')).toHaveJSProperty('value', 1);
  await expect.poll(() => storedStatuses(served.path, 'dana')).toEqual({ [DOC2]: 'done' });
  await page.screenshot({ path: 'test-results/screenshots/workbench-status-done.png' });

  // Each state is a tab stop; Space on one sets it (the arrow keys never do: keys-status.spec.ts).
  await page.getByRole('radio', { name: 'Done' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('radio', { name: 'In progress' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'In progress' })).toBeChecked();
  await expect(documentItem(page, DOC2)).toHaveAttribute('data-status', 'in_progress');
  await expect(page.getByTestId('progress-text')).toHaveText('0 of 5 done · 1 in progress');
  await expect.poll(() => storedStatuses(served.path, 'dana')).toEqual({ [DOC2]: 'in_progress' });
  await page.screenshot({ path: 'test-results/screenshots/workbench-status-in-progress.png' });

  await documentItem(page, DOC0).click();
  await page.getByRole('radio', { name: 'Done' }).check();
  await expect.poll(() => storedStatuses(served.path, 'dana')).toEqual({ [DOC0]: 'done', [DOC2]: 'in_progress' });

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
  await expect(documentItem(page, DOC0)).toHaveAttribute('data-status', 'done');
  await expect(documentItem(page, DOC2)).toHaveAttribute('data-status', 'in_progress');
  await expect(documentItem(page, DOC1)).toHaveAttribute('data-status', 'new');
  await expect(page.getByTestId('progress-text')).toHaveText('1 of 5 done · 1 in progress');
  await documentItem(page, DOC2).click();
  await expect(page.getByRole('radio', { name: 'In progress' })).toBeChecked();
});

test('shows each annotator only their own status and span count', async ({ page, served, request }) => {
  await callApi(request, served.url, 'setDocumentStatus', { document: DOC1, annotator: 'erin', status: 'done' });
  await callApi(request, served.url, 'createSpan', {
    document: DOC1,
    annotator: 'erin',
    start: 0,
    end: 5,
    label: 'claim',
  });
  await callApi(request, served.url, 'createSpan', {
    document: DOC1,
    annotator: 'erin',
    start: 10,
    end: 15,
    label: 'claim',
  });
  await callApi(request, served.url, 'createSpan', {
    document: DOC1,
    annotator: 'dana',
    start: 20,
    end: 25,
    label: 'opinion',
  });
  await openApp(page, served.url);

  // Dana's first span, made through the API, marked the document in progress for her only.
  await expect(documentItem(page, DOC1)).toHaveAttribute('data-status', 'in_progress');
  await expect(documentItem(page, DOC1).getByTestId('document-span-count')).toHaveText('1 span');
  await expect(page.getByTestId('progress-text')).toHaveText('0 of 5 done · 1 in progress');

  await page.getByTestId('annotator-picker').selectOption('erin');
  await expect(documentItem(page, DOC1)).toHaveAttribute('data-status', 'done');
  await expect(documentItem(page, DOC1).getByTestId('document-span-count')).toHaveText('2 spans');
  await expect(page.getByTestId('progress-text')).toHaveText('1 of 5 done');
});

test('“Next unfinished” and Ctrl+Enter open the next document not done, wrapping round', async ({
  page,
  served,
  request,
}) => {
  for (const document of [DOC1, DOC3]) {
    await callApi(request, served.url, 'setDocumentStatus', { document, annotator: 'dana', status: 'done' });
  }
  await callApi(request, served.url, 'setDocumentStatus', { document: DOC2, annotator: 'dana', status: 'in_progress' });
  await openApp(page, served.url);
  await expect(page.getByTestId('progress-text')).toHaveText('2 of 5 done · 1 in progress');
  await expect(page.getByTestId('progress-bar')).toHaveJSProperty('value', 2);
  await expect(page.getByTestId('progress-bar')).toHaveJSProperty('max', 5);
  await page.screenshot({ path: 'test-results/screenshots/workbench-progress.png' });

  const view = page.getByTestId('article-view');
  // With nothing open the first unfinished document comes first.
  await page.getByTestId('next-unfinished').click();
  await expect(view).toHaveAttribute('data-document-id', DOC0);
  // 001 is done: skipped; 002 is only in progress: next.
  await page.getByTestId('next-unfinished').click();
  await expect(view).toHaveAttribute('data-document-id', DOC2);
  await expect(documentItem(page, DOC2)).toHaveAttribute('aria-current', 'true');

  await page.keyboard.press('Control+Enter');
  await expect(view).toHaveAttribute('data-document-id', DOC4);
  await page.keyboard.press('Control+Enter');
  await expect(view).toHaveAttribute('data-document-id', DOC0);

  // Marking the open document done and moving on is two keystrokes away from the status control.
  await page.getByRole('radio', { name: 'Done' }).check();
  await expect(page.getByTestId('progress-text')).toHaveText('3 of 5 done · 1 in progress');
  await page.keyboard.press('Control+Enter');
  await expect(view).toHaveAttribute('data-document-id', DOC2);

  // Typing in a field does not jump documents.
  await page.getByTestId('annotator-picker').focus();
  await page.keyboard.press('Control+Enter');
  await expect(view).toHaveAttribute('data-document-id', DOC2);

  await page.getByRole('radio', { name: 'Done' }).check();
  await documentItem(page, DOC4).click();
  await page.getByRole('radio', { name: 'Done' }).check();
  await expect(page.getByTestId('next-unfinished')).toHaveText('All documents done');
  await expect(page.getByTestId('next-unfinished')).toBeDisabled();
  await page.keyboard.press('Control+Enter');
  await expect(view).toHaveAttribute('data-document-id', DOC4);
  await expect(page.getByTestId('progress-text')).toHaveText('5 of 5 done');
  await page.screenshot({ path: 'test-results/screenshots/workbench-all-done.png' });
});
