// Blind mode: the "Show other annotators" switch, remembered per project across reloads.
import { join } from 'node:path';
import { runCliOk } from '../helpers/cli';
import { expect, test } from './fixtures';
import { openApp } from './workbenchHelpers';

test('“Show other annotators” is off by default, flips by mouse and keyboard, and is remembered per project', async ({
  page,
  served,
}) => {
  const other = join(served.dir, 'other.spanmark');
  runCliOk(['init', other]);
  await openApp(page, served.url);

  const toggle = page.getByRole('switch', { name: 'Show other annotators' });
  await expect(toggle).not.toBeChecked();
  await page.getByText('Show other annotators').click();
  await expect(toggle).toBeChecked();
  await page.screenshot({
    path: 'test-results/screenshots/workbench-show-others-on.png',
    clip: { x: 0, y: 0, width: 1280, height: 120 },
  });

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
  await expect(toggle).toBeChecked();

  // Another project starts blind; its own choice is kept apart.
  await page.getByTestId('open-project').click();
  await page.getByTestId('project-path-input').fill(other);
  await page.getByTestId('open-project-submit').click();
  await expect(page.getByTestId('project-name')).toHaveText('other');
  await expect(toggle).not.toBeChecked();

  await page.getByTestId('open-project').click();
  await page.getByTestId('project-path-input').fill(served.path);
  await page.getByTestId('open-project-submit').click();
  await expect(page.getByTestId('project-name')).toHaveText('e2e');
  await expect(toggle).toBeChecked();

  // Keyboard: Space on the focused switch turns it off again, and that is remembered too.
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).not.toBeChecked();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
  await expect(toggle).not.toBeChecked();
});
