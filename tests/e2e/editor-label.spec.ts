// Labelling: mouse and keyboard selections, keys and palette, snapping and trimming, and exact
// code-point offsets in the project file, also for emoji, CJK, Arabic and CRLF text.
import { MULTILINGUAL_TEXT } from '../helpers/multilingualText';
import {
  dragSelect,
  expectAllSaved,
  exportedSpans,
  highlightOf,
  openForLabelling,
  placeCaretBefore,
  selectedSpanId,
  setSnapToWords,
} from './editorPage';
import { expect, test } from './fixtures';

const DOC = '000_d94b5c86e54fbc34';

test.use({ serveOptions: { annotator: 'ana' } });

test('labels a mouse selection with a key: drawn at once, snapped to words, saved with exact offsets', async ({
  page,
  served,
}) => {
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
  await expect(page.getByTestId('span-row')).toHaveCount(1);
  const spans = exportedSpans(served, DOC);
  expect(spans).toEqual([
    expect.objectContaining({ id, label: 'claim', annotator: 'ana', covered: 'Kremlin shows its mendacity' }),
  ]);
  // The first saved span moves a new document to "in progress" for its annotator.
  const listed = page.locator(`[data-testid="document-item"][data-document-id="${DOC}"]`);
  await expect(listed.getByTestId('document-status')).toHaveAttribute('data-status', 'in_progress');
  await expect(listed.getByTestId('document-span-count')).toContainText('1 span');
  await page.screenshot({ path: 'test-results/screenshots/editor-first-span.png' });
});

test('labels a Shift+arrow selection character-exact with snapping off, and by whole words with it on', async ({
  page,
  served,
}) => {
  await openForLabelling(page, served, DOC);
  await setSnapToWords(page, false);
  await placeCaretBefore(page, 'Kremlin itself');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('2');
  const exact = await selectedSpanId(page);
  await expect(highlightOf(page, exact)).toHaveText('Kremli');

  await setSnapToWords(page, true);
  await placeCaretBefore(page, 'paratroopers');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('3');
  const snapped = await selectedSpanId(page);
  await expect(highlightOf(page, snapped)).toHaveText('paratroopers');
  await expectAllSaved(page);
  const spans = exportedSpans(served, DOC);
  expect(spans.find((s) => s.id === exact)).toMatchObject({ label: 'evidence', covered: 'Kremli' });
  expect(spans.find((s) => s.id === snapped)).toMatchObject({ label: 'opinion', covered: 'paratroopers' });
});

test('labels from the palette, whose buttons show the guidelines on hover, and trims spaces off a selection', async ({
  page,
  served,
}) => {
  await openForLabelling(page, served, DOC);
  const evidence = page.locator('[data-testid="palette-label"][data-label="evidence"]');
  await expect(evidence).toHaveAttribute('title', /Material offered in support of or against a claim/u);
  await expect(evidence).toContainText('2');
  await setSnapToWords(page, false);
  // From the space before "shows" to the space after "its".
  await dragSelect(page, ' shows its ');
  await evidence.click();
  const id = await selectedSpanId(page);
  await expect(highlightOf(page, id)).toHaveText('shows its');
  await expectAllSaved(page);
  expect(exportedSpans(served, DOC)).toEqual([
    expect.objectContaining({ id, label: 'evidence', covered: 'shows its' }),
  ]);
});

test('stores code-point offsets for emoji, CJK and Arabic selections and across a CRLF line break', async ({
  page,
  served,
}) => {
  served.importJsonl([
    { id: 'multi', title: 'Multilingual', text: MULTILINGUAL_TEXT },
    { id: 'crlf', title: 'Line breaks', text: 'Line one\r\nLine two\r\n\r\nNext paragraph here.' },
  ]);
  await openForLabelling(page, served, 'multi');
  await dragSelect(page, '👋🏽 world');
  await page.keyboard.press('1');
  await setSnapToWords(page, false);
  await dragSelect(page, '主张');
  await page.keyboard.press('2');
  await dragSelect(page, 'بالعالم', { rtl: true });
  await page.keyboard.press('3');
  await dragSelect(page, '🇺🇳 aid');
  await page.keyboard.press('1');
  await expectAllSaved(page);
  const multi = exportedSpans(served, 'multi')
    .map((s) => s.covered)
    .sort();
  expect(multi).toEqual(['🇺🇳 aid', '👋🏽 world', '主张', 'بالعالم'].sort());
  await expect(page.locator('.ProseMirror .hl')).toHaveCount(4);
  await page.screenshot({ path: 'test-results/screenshots/editor-multilingual.png' });

  await page.locator('[data-testid="document-item"][data-document-id="crlf"]').click();
  await expect(page.getByTestId('article-view')).toHaveAttribute('data-document-id', 'crlf');
  await expect(page.getByTestId('article-view')).toHaveAttribute('data-annotations', 'ready');
  await placeCaretBefore(page, 'one');
  // "one", the line break, "Line": the break is one step on screen and two code points (\r\n) stored.
  for (let i = 0; i < 8; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('1');
  await expectAllSaved(page);
  expect(exportedSpans(served, 'crlf')).toEqual([expect.objectContaining({ covered: 'one\r\nLine' })]);
});
