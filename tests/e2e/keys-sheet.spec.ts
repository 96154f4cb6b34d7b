// ? and F1 open the shortcut sheet of the view on screen, printed from the command tables that run
// the keys; each view's toolbar names the sheet ("? shortcuts").
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { clickText, openForLabelling } from './editorPage';
import { KEYS_RECORD } from './keysHelpers';

test.use({ serveOptions: { annotator: 'dana' } });

const sheet = (page: Page) => page.getByTestId('shortcut-sheet');
const sections = (page: Page) =>
  sheet(page)
    .getByTestId('shortcut-section')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-section')));
const row = (page: Page, command: string) =>
  sheet(page).locator(`[data-testid="shortcut-row"][data-command="${command}"]`);

test('each view’s sheet lists that view’s keys, opened by ?, F1 or the toolbar button', async ({ page, served }) => {
  served.importJsonl([KEYS_RECORD]);
  await openForLabelling(page, served, 'k1');
  await clickText(page, 'minister');

  await expect(page.getByTestId('shortcuts-button')).toHaveText('? shortcuts');
  await page.keyboard.press('?');
  await expect(sheet(page)).toBeVisible();
  expect(await sections(page)).toEqual(['Article', 'Documents', 'Help']);
  await expect(row(page, 'label')).toHaveCount(4);
  await expect(row(page, 'label').first()).toContainText('1');
  await expect(row(page, 'label').first()).toContainText('Claim: label the selected text');
  await expect(row(page, 'delete')).toContainText('Delete or Backspace');
  await expect(row(page, 'redo')).toContainText('Ctrl+Shift+Z or Ctrl+Y');
  await expect(row(page, 'next-unfinished')).toContainText('Ctrl+Enter');
  await page.screenshot({ path: 'test-results/screenshots/keys-shortcut-sheet.png' });
  // While the sheet is open the keys are its own: 1 labels nothing, Esc closes it.
  await page.keyboard.press('1');
  await page.keyboard.press('Escape');
  await expect(sheet(page)).toHaveCount(0);
  await expect(page.getByTestId('span-details')).toHaveAttribute('data-span-id', 'd1');

  await page.getByTestId('open-curation').click();
  await expect(page.getByTestId('curation-group')).toBeVisible();
  await page.keyboard.press('F1');
  expect(await sections(page)).toEqual(['Curate', 'Help']);
  await expect(row(page, 'accept')).toContainText('1 or 2');
  await expect(row(page, 'undo')).toContainText('Undo the latest curation step');
  await page.screenshot({ path: 'test-results/screenshots/keys-shortcut-sheet-curate.png' });
  await sheet(page).getByTestId('shortcut-sheet-close').click();
  await page.getByTestId('curation-close').click();

  await page.getByTestId('open-agreement').click();
  await page.getByTestId('agreement-view').getByTestId('shortcuts-button').click();
  expect(await sections(page)).toEqual(['Agreement', 'Help']);
  await expect(row(page, 'close')).toContainText('Esc');
  await page.keyboard.press('Escape');
  await expect(sheet(page)).toHaveCount(0);
  await page.getByTestId('agreement-close').click();

  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-view').getByTestId('shortcuts-button').click();
  expect(await sections(page)).toEqual(['Settings', 'Help']);
  await expect(row(page, 'save')).toContainText('Ctrl+S');
});
