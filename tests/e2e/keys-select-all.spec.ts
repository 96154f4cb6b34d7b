// Ctrl+A in the article selects the article's text and nothing else on the page; a label key then
// labels exactly that text.
import { expect, test } from './fixtures';
import { clickText, expectAllSaved, openForLabelling } from './editorPage';
import { exportedProject, KEYS_RECORD, KEYS_TEXT, spansOf } from './keysHelpers';

test.use({ serveOptions: { annotator: 'dana' } });

test('Ctrl+A inside the article selects only the article text', async ({ page, served }) => {
  served.importJsonl([{ ...KEYS_RECORD, spans: [] }]);
  await openForLabelling(page, served, 'k1');
  await clickText(page, 'Officials');
  await expect(page.locator('.ProseMirror')).toBeFocused();

  await page.keyboard.press('Control+a');
  const selection = await page.evaluate(() => {
    const s = window.getSelection()!;
    const article = document.querySelector('.ProseMirror')!;
    return { text: s.toString(), inside: article.contains(s.anchorNode) && article.contains(s.focusNode) };
  });
  expect(selection).toEqual({ text: KEYS_TEXT, inside: true });

  await page.keyboard.press('3');
  await expectAllSaved(page);
  await expect
    .poll(() => spansOf(exportedProject(served), 'k1', 'dana').map(({ label, start, end }) => ({ label, start, end })))
    .toEqual([{ label: 'opinion', start: 0, end: Array.from(KEYS_TEXT).length }]);
});
