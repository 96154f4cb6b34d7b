// Undo and redo of every kind of edit with Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y, from the operation log,
// so undo still works after the page is reloaded.
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

test('undoes and redoes create, relabel, resize, note, link and delete, also after a reload', async ({
  page,
  served,
}) => {
  await openForLabelling(page, served, DOC);
  const quote = page.getByTestId('details-quote');
  const title = page.getByTestId('details-title');
  const state = () =>
    exportedSpans(served, DOC)
      .map((s) => `${s.label}:${s.covered}:${s.note}`)
      .sort();

  await dragSelect(page, 'shows its');
  await page.keyboard.press('1'); // create
  const claim = await selectedSpanId(page);
  await page.keyboard.press('2'); // relabel
  await expect(title).toHaveText('Evidence');
  await page.keyboard.press('Control+Alt+Shift+ArrowRight'); // resize
  await expect(quote).toHaveText('shows its mendacity');
  await page.getByTestId('span-note').fill('A note to undo');
  await page.getByTestId('span-note').blur(); // note
  await expectAllSaved(page);
  await expect(page.getByTestId('note-state')).toHaveAttribute('data-state', 'saved');
  await dragSelect(page, 'double standards');
  await page.keyboard.press('3'); // create a second span
  const opinion = await selectedSpanId(page);
  await page.keyboard.press('l');
  await clickText(page, 'mendacity');
  await page.keyboard.press('1'); // link: supports
  await expect(page.getByTestId('relation-row')).toHaveCount(1);
  await page.keyboard.press('Delete'); // delete the opinion, and with it the link
  await expect(highlightOf(page, opinion)).toHaveCount(0);
  await expectAllSaved(page);
  expect(state()).toEqual(['evidence:shows its mendacity:A note to undo']);

  const undo = () => page.keyboard.press('Control+z');
  await undo(); // the delete: span and link come back
  await expect(highlightOf(page, opinion)).toHaveCount(1);
  await clickText(page, 'double standards');
  await expect(page.getByTestId('relation-row')).toHaveCount(1);
  await undo(); // the link
  await expect(page.getByTestId('relation-row')).toHaveCount(0);
  await undo(); // the second span
  await expect(highlightOf(page, opinion)).toHaveCount(0);
  await clickText(page, 'shows');
  await undo(); // the note
  await expect(page.getByTestId('span-note')).toHaveValue('');
  await undo(); // the resize
  await expect(quote).toHaveText('shows its');
  await expectAllSaved(page);
  expect(state()).toEqual(['evidence:shows its:']);

  await page.keyboard.press('Control+Shift+z'); // redo the resize
  await expect(quote).toHaveText('shows its mendacity');
  await undo();
  await expect(quote).toHaveText('shows its');
  await page.keyboard.press('Control+y'); // redo again, the other way
  await expect(quote).toHaveText('shows its mendacity');
  await undo();
  await expectAllSaved(page);

  // The history lives in the project file: after a reload, undo goes on where it stopped.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
  await page.locator(`[data-testid="document-item"][data-document-id="${DOC}"]`).click();
  await expect(page.getByTestId('article-view')).toHaveAttribute('data-annotations', 'ready');
  await expect(page.getByTestId('undo-button')).toBeEnabled();
  await expect(page.getByTestId('redo-button')).toBeEnabled();
  await expect(highlightOf(page, claim)).toHaveAttribute('title', 'Evidence');
  await undo(); // the relabel
  await expect(highlightOf(page, claim)).toHaveAttribute('title', 'Claim');
  await undo(); // the creation
  await expect(highlightOf(page, claim)).toHaveCount(0);
  await expectAllSaved(page);
  expect(state()).toEqual([]);
  await undo(); // nothing left: a notice says so
  await expect(page.getByTestId('notice')).toContainText('nothing to undo');
  await expect(page.getByTestId('undo-button')).toBeDisabled();
  // The toolbar's buttons redo and undo too.
  await page.getByTestId('redo-button').click();
  await expect(highlightOf(page, claim)).toHaveCount(1);
  await page.getByTestId('undo-button').click();
  await expect(highlightOf(page, claim)).toHaveCount(0);
});
