// A document's status changes only by a deliberate act. After Done and Ctrl+Enter (next
// unfinished) the focus is in the new article, and the arrow keys a reader presses to scroll leave
// every status as it was, also when the focus is on the status control itself.
import { expect, test } from './fixtures';
import { callApi, documentItem, openApp } from './workbenchHelpers';

const DOC0 = '000_d94b5c86e54fbc34';
const DOC1 = '001_7d6718613a425cdc';

test.use({ serveOptions: { annotator: 'dana' } });

test('arrow keys after Done and Ctrl+Enter scroll the new article and change no status', async ({
  page,
  served,
  request,
}) => {
  const statuses = async () =>
    Object.fromEntries(
      (await callApi(request, served.url, 'listDocuments', {})).map((document) => [
        document.id,
        document.status.dana ?? 'new',
      ]),
    );
  await openApp(page, served.url);
  await documentItem(page, DOC0).click();
  await expect(page.getByTestId('article-view')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('radio', { name: 'Done' }).click();
  await expect.poll(async () => (await statuses())[DOC0]).toBe('done');

  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('article-view')).toHaveAttribute('data-document-id', DOC1);
  await expect(page.getByTestId('article-view')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.ProseMirror')).toBeFocused();
  for (const key of ['ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowDown']) await page.keyboard.press(key);
  await expect(page.getByTestId('status-control')).toHaveAttribute('data-status', 'new');

  // On the control itself the arrows move nothing either; Space on a state is the deliberate act.
  await page.getByRole('radio', { name: 'New' }).focus();
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) await page.keyboard.press(key);
  await expect(page.getByTestId('status-control')).toHaveAttribute('data-status', 'new');
  const unchanged = await statuses();
  expect(unchanged[DOC1]).toBe('new');
  expect(unchanged[DOC0]).toBe('done');

  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'In progress' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect.poll(async () => (await statuses())[DOC1]).toBe('in_progress');
});
