import { join } from 'node:path';
import { runCliOk } from '../helpers/cli';
import { expect, test } from './fixtures';

test.describe('with serve --annotator', () => {
  test.use({ serveOptions: { annotator: 'dana' } });

  test('preselects the annotator and shows it with the project in the title', async ({ page, served }) => {
    await page.goto(served.url);
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
    await expect(page.getByTestId('annotator-picker')).toHaveValue('dana');
    await expect(page).toHaveTitle('Spanmark — e2e — dana');
    expect(served.url).toContain('token=');
  });
});

test('creates a new annotator from the picker, stores it and keeps the choice after a reload', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
  await page.getByTestId('annotator-picker').selectOption({ label: 'New annotator…' });
  await page.getByTestId('new-annotator-name').fill('   ');
  await page.getByTestId('new-annotator-submit').click();
  await expect(page.getByTestId('new-annotator-error')).toContainText('cannot be empty');

  // A comma is allowed: researchers are named "Researcher, Eve" in many lists.
  await page.getByTestId('new-annotator-name').fill('Researcher, Eve');
  await page.getByTestId('new-annotator-submit').click();
  await expect(page.getByTestId('new-annotator-dialog')).toHaveCount(0);
  await expect(page.getByTestId('annotator-picker')).toHaveValue('Researcher, Eve');
  await expect(page).toHaveTitle('Spanmark — e2e — Researcher, Eve');
  expect(JSON.parse(runCliOk(['stats', served.path, '--json']).stdout).annotators).toEqual(['Researcher, Eve']);

  // The token left the address bar; the cookie carries the session through a reload.
  expect(page.url()).not.toContain('token=');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
  await expect(page.getByTestId('annotator-picker')).toHaveValue('Researcher, Eve');
});

test('opens another project file and creates a new one from the UI, with clear errors', async ({ page, served }) => {
  const other = join(served.dir, 'other.spanmark');
  runCliOk(['init', other]);
  await page.goto(served.url);
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');

  await page.getByTestId('open-project').click();
  await page.getByTestId('project-path-input').fill(join(served.dir, 'missing.spanmark'));
  await page.getByTestId('open-project-submit').click();
  await expect(page.getByTestId('open-project-error')).toContainText('no such project');

  await page.getByTestId('project-path-input').fill(other);
  await page.getByTestId('open-project-submit').click();
  await expect(page.getByTestId('project-name')).toHaveText('other');
  await expect(page.getByTestId('document-item')).toHaveCount(0);
  await expect(page.getByTestId('empty-project')).toContainText('spanmark import');

  const created = join(served.dir, 'fresh.spanmark');
  await page.getByTestId('open-project').click();
  await page.getByTestId('project-path-input').fill(created);
  await page.getByTestId('create-project-submit').click();
  await expect(page.getByTestId('project-name')).toHaveText('fresh');
  expect(JSON.parse(runCliOk(['stats', created, '--json']).stdout)).toMatchObject({ documents: 0 });
});
