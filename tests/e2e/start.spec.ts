import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runCliOk, startServing } from '../helpers/cli';
import { makeTempDir } from '../helpers/tempDir';
import { expect, test } from '@playwright/test';

const START_BUNDLE = join(REPO_ROOT, 'dist', 'main', 'start.cjs');

test('npm start creates the default project in the user-data folder with the five sample articles', async ({
  page,
}) => {
  const temp = makeTempDir('spanmark-start-');
  // The browser path is what these machines have; SPANMARK_BROWSER pins it where Electron exists too.
  const env = { SPANMARK_USER_DATA: temp.dir, SPANMARK_BROWSER: '1' };
  const first = await startServing([], { entry: START_BUNDLE, env });
  try {
    await page.goto(first.url);
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
    await expect(page.getByTestId('project-name')).toHaveText('default');
    await expect(page.getByTestId('document-item')).toHaveCount(5);
  } finally {
    expect(await first.stop()).toBe(0);
  }
  const defaultProject = join(temp.dir, 'default.spanmark');
  expect(existsSync(defaultProject)).toBe(true);
  expect(JSON.parse(runCliOk(['stats', defaultProject, '--json']).stdout)).toMatchObject({ documents: 5 });

  // A second start opens the same project instead of creating or re-seeding it.
  const second = await startServing([], { entry: START_BUNDLE, env });
  await second.stop();
  expect(JSON.parse(runCliOk(['stats', defaultProject, '--json']).stdout)).toMatchObject({ documents: 5 });
  temp.cleanup();
});

test('npm start opens a project file given on the command line', async ({ page }) => {
  const temp = makeTempDir('spanmark-start-');
  const project = join(temp.dir, 'mine.spanmark');
  runCliOk(['init', project]);
  const server = await startServing([project], {
    entry: START_BUNDLE,
    env: { SPANMARK_USER_DATA: temp.dir, SPANMARK_BROWSER: '1' },
  });
  try {
    await page.goto(server.url);
    await expect(page.getByTestId('project-name')).toHaveText('mine');
    expect(existsSync(join(temp.dir, 'default.spanmark'))).toBe(false);
  } finally {
    await server.stop();
    temp.cleanup();
  }
});
