import { MULTILINGUAL_TEXT } from '../helpers/multilingualText';
import { clickText, dragSelect, expectAllSaved, exportedSpans, highlightOf, openForLabelling, selectedSpanId } from './editorPage';
import { expect, test } from './fixtures';

const DOC = '000_d94b5c86e54fbc34';

test.use({ serveOptions: { annotator: 'ana' } });

test('labels a mouse selection with a key: drawn at once, snapped to words, saved with exact offsets', async ({ page, served }) => {
  await openForLabelling(page, served, DOC);
  // The drag starts and ends inside words: "emlin shows its menda" → "Kremlin shows its mendacity".
  await dragSelect(page, 'emlin shows its menda');
  await page.keyboard.press('1');
  const id = await selectedSpanId(page);
  await expect(highlightOf(page, id)).toHaveText('Kremlin shows its mendacity');
  await expect(highlightOf(page, id)).toHaveClass(/hl-d0/u);
  await expectAllSaved(page);
  await expect(highlightOf(page, id)).toHaveAttribute('data-save', 'saved');
  await expect(page.getByTestId('details-title')).toHaveText('Claim');
  const spans = exportedSpans(served, DOC);
  expect(spans).toEqual([expect.objectContaining({ id, label: 'claim', annotator: 'ana', covered: 'Kremlin shows its mendacity' })]);
  await page.screenshot({ path: 'test-results/screenshots/editor-first-span.png' });
});
