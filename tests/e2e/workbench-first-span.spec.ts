// The first saved span marks its own document in progress, even when the save is slow and the user
// has opened another document meanwhile: the service decides it, by the document the edit names.
import { dragSelect } from './editorPage';
import { expect, test } from './fixtures';
import { documentItem, openApp, storedStatuses } from './workbenchHelpers';

const DOC_A = '000_d94b5c86e54fbc34';
const DOC_B = '001_7d6718613a425cdc';

test.use({ serveOptions: { annotator: 'ana' } });

test('a slow first save marks document A in progress and leaves B, opened meanwhile, new', async ({ page, served }) => {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route('**/api/createSpan', async (route) => {
    held++;
    await released; // as if the disk took seconds to answer
    await route.continue();
  });
  await openApp(page, served.url);
  await documentItem(page, DOC_A).click();
  await expect(page.getByTestId('article-view')).toHaveAttribute('data-annotations', 'ready');
  await dragSelect(page, 'double standards');
  await page.keyboard.press('1');
  await expect.poll(() => held).toBe(1);

  await documentItem(page, DOC_B).click();
  await expect(page.getByTestId('article-view')).toHaveAttribute('data-document-id', DOC_B);
  await expect(page.getByTestId('article-view')).toHaveAttribute('data-annotations', 'ready');
  release();

  await expect.poll(() => storedStatuses(served.path, 'ana')).toEqual({ [DOC_A]: 'in_progress' });
  await expect(documentItem(page, DOC_A)).toHaveAttribute('data-status', 'in_progress');
  await expect(documentItem(page, DOC_B)).toHaveAttribute('data-status', 'new');
  await expect(page.getByTestId('status-control')).toHaveAttribute('data-status', 'new');
  await page.screenshot({ path: 'test-results/screenshots/first-span-slow-save.png' });
});
