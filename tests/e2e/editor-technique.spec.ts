// The propaganda key opens a technique picker: type to filter, arrows and Enter, or Escape to skip
// and set the technique later in the side panel.
import { dragSelect, expectAllSaved, exportedSpans, openForLabelling, selectedSpanId } from './editorPage';
import { expect, test } from './fixtures';

const DOC = '000_d94b5c86e54fbc34';

test.use({ serveOptions: { annotator: 'ana' } });

test('sets a technique by typing, by arrows, or later in the panel after skipping', async ({ page, served }) => {
  await openForLabelling(page, served, DOC);
  const picker = page.getByTestId('technique-picker');

  await dragSelect(page, 'mendacity');
  await page.keyboard.press('4');
  await expect(picker).toBeVisible();
  await expect(picker.getByTestId('technique-option')).toHaveCount(14);
  await page.screenshot({ path: 'test-results/screenshots/editor-technique-picker.png' });
  await page.keyboard.type('fear');
  await expect(picker.getByTestId('technique-option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  const typed = await selectedSpanId(page);
  await expect(page.getByTestId('details-title')).toHaveText('Propaganda marker: Appeal to fear, prejudice');

  await dragSelect(page, 'double standards');
  await page.keyboard.press('4');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const arrowed = await selectedSpanId(page);
  await expect(page.getByTestId('details-title')).toHaveText('Propaganda marker: Repetition');

  await dragSelect(page, 'bloody conflict');
  await page.keyboard.press('4');
  await expect(picker).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);
  const skipped = await selectedSpanId(page);
  await expect(page.getByTestId('details-title')).toHaveText('Propaganda marker');
  await expectAllSaved(page);
  expect(exportedSpans(served, DOC).find((s) => s.id === skipped)?.technique).toBeNull();
  await page.getByTestId('span-technique-select').selectOption('Doubt');
  await expect(page.getByTestId('details-title')).toHaveText('Propaganda marker: Doubt');
  await expectAllSaved(page);

  const spans = exportedSpans(served, DOC);
  expect(spans.find((s) => s.id === typed)).toMatchObject({
    label: 'propaganda',
    technique: 'Appeal_to_fear-prejudice',
    covered: 'mendacity',
  });
  expect(spans.find((s) => s.id === arrowed)).toMatchObject({ technique: 'Repetition', covered: 'double standards' });
  expect(spans.find((s) => s.id === skipped)).toMatchObject({ technique: 'Doubt', covered: 'bloody conflict' });
});
