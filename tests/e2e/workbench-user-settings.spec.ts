// The chosen annotator, Show other annotators and Snap to words live in the project file, so a
// restart of `spanmark serve` on another port (browser storage is per port) brings them back.
import { startServing } from '../helpers/cli';
import { setSnapToWords } from './editorPage';
import { expect, test } from './fixtures';
import { callApi, documentItem, openApp } from './workbenchHelpers';

const DOC = '000_d94b5c86e54fbc34';

test('a restart on a new port brings back the annotator, Show other annotators and Snap to words', async ({
  page,
  served,
  request,
}) => {
  // Two annotators, so nobody is picked by default.
  await callApi(request, served.url, 'createAnnotator', { name: 'ana' });
  await callApi(request, served.url, 'createAnnotator', { name: 'bo' });
  await openApp(page, served.url);
  await expect(page.getByTestId('annotator-picker')).toHaveValue('');
  await page.getByTestId('annotator-picker').selectOption('bo');
  await page.getByText('Show other annotators').click();
  await expect(page.getByTestId('show-others-toggle')).toBeChecked();
  await documentItem(page, DOC).click();
  await expect(page.getByTestId('article-view')).toHaveAttribute('data-annotations', 'ready');
  await setSnapToWords(page, false);
  await expect
    .poll(() => callApi(request, served.url, 'getUserSettings', {}))
    .toEqual({
      annotator: 'bo',
      showOtherAnnotators: true,
      snapToWords: false,
    });

  const restarted = await startServing(['serve', served.path]);
  try {
    expect(new URL(restarted.url).port).not.toBe(new URL(served.url).port);
    await openApp(page, restarted.url);
    await expect(page.getByTestId('annotator-picker')).toHaveValue('bo');
    await expect(page.getByTestId('show-others-toggle')).toBeChecked();
    await documentItem(page, DOC).click();
    await expect(page.getByTestId('article-view')).toHaveAttribute('data-annotations', 'ready');
    await expect(page.getByTestId('snap-toggle')).not.toBeChecked();
    await page.screenshot({ path: 'test-results/screenshots/user-settings-after-restart.png' });
  } finally {
    await restarted.stop();
  }
});
