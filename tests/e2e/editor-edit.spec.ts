// Inspecting and editing a span: relabel, resize by keyboard, note, delete; the span list with its
// filter and click-to-scroll; Tab between spans.
import {
  clickText,
  dragSelect,
  expectAllSaved,
  exportedSpans,
  highlightOf,
  openForLabelling,
  selectedSpanId,
} from './editorPage';
import { expect, test } from './fixtures';

const DOC = '000_d94b5c86e54fbc34';

test.use({ serveOptions: { annotator: 'ana' } });

test('relabels in the panel and by key, and resizes by keyboard by words and characters', async ({ page, served }) => {
  await openForLabelling(page, served, DOC);
  await dragSelect(page, 'shows its');
  await page.keyboard.press('1');
  const id = await selectedSpanId(page);
  await page.getByTestId('span-label-select').selectOption('evidence');
  await expect(page.getByTestId('details-title')).toHaveText('Evidence');
  await expect(highlightOf(page, id)).toHaveAttribute('style', /#6fcf97/u);
  await page.locator('.ProseMirror').focus();
  await page.keyboard.press('3');
  await expect(page.getByTestId('details-title')).toHaveText('Opinion');

  // The panel lists the resize keys.
  await expect(page.getByTestId('boundary-controls')).toContainText(
    'start Alt+←/→ · end Alt+Shift+←/→ · with Ctrl (⌘): by word',
  );
  const quote = page.getByTestId('details-quote');
  await page.keyboard.press('Control+Alt+Shift+ArrowRight');
  await expect(quote).toHaveText('shows its mendacity');
  await page.keyboard.press('Control+Alt+ArrowLeft');
  await expect(quote).toHaveText('Kremlin shows its mendacity');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(quote).toHaveText('remlin shows its mendacity');
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(quote).toHaveText('remlin shows its mendacit');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(quote).toHaveText('Kremlin shows its mendacit');
  await expectAllSaved(page);
  expect(exportedSpans(served, DOC)).toEqual([
    expect.objectContaining({ id, label: 'opinion', covered: 'Kremlin shows its mendacit' }),
  ]);
  await page.screenshot({ path: 'test-results/screenshots/editor-panel.png' });
});

test('saves a note after a pause and shows it saved only once the answer came back', async ({ page, served }) => {
  await openForLabelling(page, served, DOC);
  await dragSelect(page, 'double standards');
  await page.keyboard.press('3');
  const id = await selectedSpanId(page);
  await expectAllSaved(page);
  // Hold the answer back, to see the state before it.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/updateSpan', async (route) => {
    await held;
    await route.continue();
  });
  const note = page.getByTestId('span-note');
  await note.fill('Compare with the Reuters report of the same day.');
  const state = page.getByTestId('note-state');
  await expect(state).toHaveAttribute('data-state', 'saving');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saving');
  await expect(highlightOf(page, id)).toHaveAttribute('data-save', 'saving');
  release();
  await expect(state).toHaveAttribute('data-state', 'saved');
  await expect(state).toHaveText('Note saved');
  await expectAllSaved(page);
  expect(exportedSpans(served, DOC)[0]).toMatchObject({ id, note: 'Compare with the Reuters report of the same day.' });
  await page.unroute('**/api/updateSpan');

  // Leaving the field saves at once.
  await note.fill('Checked.');
  await page.locator('.ProseMirror').click({ position: { x: 5, y: 5 } });
  await expectAllSaved(page);
  await expect.poll(() => exportedSpans(served, DOC)[0]?.note).toBe('Checked.');
});

test('deletes a span with the Delete key and from the panel', async ({ page, served }) => {
  await openForLabelling(page, served, DOC);
  await dragSelect(page, 'double standards');
  await page.keyboard.press('1');
  const first = await selectedSpanId(page);
  await dragSelect(page, 'bloody conflict');
  await page.keyboard.press('2');
  await expectAllSaved(page);
  expect(exportedSpans(served, DOC)).toHaveLength(2);
  await clickText(page, 'double standards');
  await expect(page.getByTestId('span-details')).toHaveAttribute('data-span-id', first);
  await page.keyboard.press('Delete');
  await expect(highlightOf(page, first)).toHaveCount(0);
  await expectAllSaved(page);
  await clickText(page, 'bloody conflict');
  await page.getByTestId('delete-span').click();
  await expect(page.locator('.ProseMirror .hl')).toHaveCount(0);
  await expect(page.getByTestId('span-row')).toHaveCount(0);
  await expectAllSaved(page);
  expect(exportedSpans(served, DOC)).toEqual([]);
});

test('filters the span list by label, scrolls to a span from its row, and walks spans with Tab', async ({
  page,
  served,
}) => {
  const paragraphs = Array.from(
    { length: 60 },
    (_, i) => `Paragraph ${i + 1} reports that officials said the aid arrived on day ${i + 1}.`,
  );
  const text = paragraphs.join('\n\n');
  const spans = paragraphs.map((paragraph, i) => {
    const start = text.indexOf(paragraph) + paragraph.indexOf('officials said');
    return {
      id: `p${i + 1}`,
      start,
      end: start + 'officials said'.length,
      label: ['claim', 'evidence', 'opinion'][i % 3]!,
      annotator: 'ana',
    };
  });
  served.importJsonl([{ id: 'long', title: 'Long report', text, spans }]);
  await openForLabelling(page, served, 'long');
  await expect(page.getByTestId('span-filter')).toContainText('All labels (60)');
  await page.getByTestId('span-filter').selectOption('evidence');
  const rows = page.getByTestId('span-row');
  await expect(rows.first()).toHaveAttribute('data-label', 'evidence');
  expect(await rows.evaluateAll((nodes) => nodes.every((n) => n.getAttribute('data-label') === 'evidence'))).toBe(true);
  await expect(page.locator('.span-rows')).toHaveAttribute('data-count', '20');

  // The last evidence row (paragraph 59) is far below the fold; its row brings it into view.
  const list = page.getByTestId('span-list');
  await list.evaluate((element) => (element.scrollTop = element.scrollHeight));
  const last = page.locator('[data-testid="span-row"][data-span-id="p59"]');
  await expect(highlightOf(page, 'p59')).not.toBeInViewport();
  await last.click();
  await expect(highlightOf(page, 'p59')).toBeInViewport();
  await expect(page.getByTestId('span-details')).toHaveAttribute('data-span-id', 'p59');
  await expect(last).toHaveAttribute('aria-current', 'true');

  // Tab and Shift+Tab move through the spans in text order, scrolling along.
  await page.locator('.ProseMirror').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('span-details')).toHaveAttribute('data-span-id', 'p60');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('span-details')).toHaveAttribute('data-span-id', 'p1');
  await expect(highlightOf(page, 'p1')).toBeInViewport();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByTestId('span-details')).toHaveAttribute('data-span-id', 'p59');
  await expect(page.getByTestId('details-quote')).toHaveText('officials said');
});
