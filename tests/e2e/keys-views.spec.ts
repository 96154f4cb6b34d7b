// Keys act only on the view on screen. With a span selected in the article, every command key of
// every view is pressed in Agreement, Settings and Curate (which hide the article but keep it
// mounted); the project, read back through the CLI export, changes only where the visible view
// meant it to: Curate's 1 accepts a version into gold and its Ctrl+Z takes that step back.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { clickText, expectAllSaved, openForLabelling, selectedSpanId } from './editorPage';
import { exportedProject, KEYS_RECORD, spansOf } from './keysHelpers';

test.use({ serveOptions: { annotator: 'dana' } });

// Every chord of the article's and the document list's tables, and those of Curate that do not
// themselves change gold or open a form (walking, choosing), and Settings' save.
const ARTICLE_KEYS = [
  '1',
  '2',
  '3',
  '4',
  'Delete',
  'Backspace',
  'l',
  'Enter',
  'Control+z',
  'Control+Shift+z',
  'Control+y',
  'Alt+ArrowLeft',
  'Alt+ArrowRight',
  'Alt+Shift+ArrowLeft',
  'Alt+Shift+ArrowRight',
  'Control+Alt+ArrowRight',
  'Shift+ArrowRight',
  'Shift+ArrowDown',
  'Control+Shift+ArrowLeft',
  'Control+a',
  'Control+Enter',
];
const CURATE_WALK_KEYS = ['j', 'k', 'ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'];
const EVERY_KEY = [...ARTICLE_KEYS, ...CURATE_WALK_KEYS, 'Control+s'];

async function pressAll(page: Page, keys: readonly string[]) {
  for (const key of keys) await page.keyboard.press(key);
}

test('keys pressed in Agreement, Settings and Curate never reach the hidden article', async ({ page, served }) => {
  served.importJsonl([KEYS_RECORD]);
  await openForLabelling(page, served, 'k1');
  await clickText(page, 'minister');
  expect(await selectedSpanId(page)).toBe('d1');

  // In the article the keys do act: 2 relabels the selected span, Ctrl+Z takes it back.
  await page.keyboard.press('2');
  await expectAllSaved(page);
  await expect
    .poll(() => spansOf(exportedProject(served), 'k1', 'dana').find((span) => span.id === 'd1')?.label)
    .toBe('evidence');
  await page.keyboard.press('Control+z');
  await expectAllSaved(page);
  await expect
    .poll(() => spansOf(exportedProject(served), 'k1', 'dana').find((span) => span.id === 'd1')?.label)
    .toBe('claim');
  const before = exportedProject(served);

  await page.getByTestId('open-agreement').click();
  await expect(page.getByTestId('agreement-view')).toBeVisible();
  await pressAll(page, EVERY_KEY);
  expect(exportedProject(served)).toEqual(before);
  // Esc is Agreement's own key: it closes the view.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('agreement-view')).toHaveCount(0);

  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('settings-view')).toBeVisible();
  await pressAll(page, EVERY_KEY);
  await expect(page.getByTestId('settings-state')).toHaveAttribute('data-unsaved', 'false');
  await page.getByTestId('settings-cancel').click();
  expect(exportedProject(served)).toEqual(before);

  await page.getByTestId('open-curation').click();
  await expect(page.getByTestId('curation-group')).toBeVisible();
  const curationIdle = () => expect(page.getByTestId('curation-view')).toHaveAttribute('data-busy', 'false');
  await pressAll(
    page,
    ARTICLE_KEYS.filter((key) => !['1', '2', 'Enter', 'Control+z', 'Control+Shift+z', 'Control+y'].includes(key)),
  );
  await pressAll(page, CURATE_WALK_KEYS);
  await curationIdle();
  expect(exportedProject(served)).toEqual(before);

  // Curate's own keys: 1 accepts the first version into gold, Ctrl+Z undoes that step.
  await page.keyboard.press('1');
  await expect(page.getByTestId('curation-progress')).toHaveText('1 of 2 settled');
  await curationIdle();
  const accepted = exportedProject(served);
  expect(spansOf(accepted, 'k1', 'gold')).toHaveLength(1);
  expect(spansOf(accepted, 'k1', 'dana')).toEqual(spansOf(before, 'k1', 'dana'));
  expect(spansOf(accepted, 'k1', 'erin')).toEqual(spansOf(before, 'k1', 'erin'));
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('curation-progress')).toHaveText('0 of 2 settled');
  await curationIdle();
  expect(spansOf(exportedProject(served), 'k1', 'gold')).toEqual([]);
  await page.getByTestId('curation-close').click();

  // Back in the article the same span is still selected and every span is as it was.
  await expect(page.getByTestId('span-details')).toHaveAttribute('data-span-id', 'd1');
  const after = exportedProject(served);
  expect(spansOf(after, 'k1', 'dana')).toEqual(spansOf(before, 'k1', 'dana'));
  expect(spansOf(after, 'k1', 'erin')).toEqual(spansOf(before, 'k1', 'erin'));
});
