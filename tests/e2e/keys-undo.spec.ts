// Undo puts the selection where the change is: after Delete and Ctrl+Z the restored span is the
// selected one, so a second Delete removes that span again and not its neighbour; and the step says
// briefly what it did.
import { expect, test } from './fixtures';
import { clickText, expectAllSaved, openForLabelling, selectedSpanId } from './editorPage';
import { exportedProject, KEYS_RECORD, spansOf } from './keysHelpers';

test.use({ serveOptions: { annotator: 'dana' } });

test('Delete, Ctrl+Z selects the restored span; a second Delete removes it again', async ({ page, served }) => {
  served.importJsonl([KEYS_RECORD]);
  await openForLabelling(page, served, 'k1');
  await clickText(page, 'minister');
  expect(await selectedSpanId(page)).toBe('d1');

  await page.keyboard.press('Delete');
  await expectAllSaved(page);
  // The reader's place moves on to the next span.
  expect(await selectedSpanId(page)).toBe('d2');

  await page.keyboard.press('Control+z');
  await expectAllSaved(page);
  expect(await selectedSpanId(page)).toBe('d1');
  await expect(page.getByTestId('notice')).toContainText(
    'Undo: restored the Claim span “The minister said the economy grew”',
  );

  await page.keyboard.press('Delete');
  await expectAllSaved(page);
  await expect.poll(() => spansOf(exportedProject(served), 'k1', 'dana').map((span) => span.id)).toEqual(['d2']);

  // Redo of an undone delete says so too: the span is gone from the text, wherever it was.
  await page.keyboard.press('Control+z');
  await expectAllSaved(page);
  await page.keyboard.press('Control+Shift+z');
  await expectAllSaved(page);
  await expect(page.getByTestId('notice')).toContainText('Redo: removed the Claim span');
  await expect.poll(() => spansOf(exportedProject(served), 'k1', 'dana').map((span) => span.id)).toEqual(['d2']);
});
