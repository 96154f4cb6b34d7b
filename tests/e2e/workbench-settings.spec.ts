// The label scheme settings view: edit, validate, save, refusals from the project, cancel.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { callApi, openApp, queryProject } from './workbenchHelpers';

const DOC0 = '000_d94b5c86e54fbc34';

function labelRow(page: Page, key: string) {
  return page.locator(`[data-testid="label-row"][data-key="${key}"]`);
}

async function openSettings(page: Page) {
  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('settings-view')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Label scheme' })).toBeFocused();
}

test('edits a colour and a guideline, adds a label with shortcut 5, saves, and keeps it after a reload', async ({
  page,
  served,
  request,
}) => {
  await openApp(page, served.url);
  await openSettings(page);
  await expect(page.getByTestId('label-row')).toHaveCount(4);
  await expect(page.getByTestId('settings-state')).toHaveText('No changes');
  await expect(page.getByTestId('settings-save')).toBeDisabled();
  await expect(labelRow(page, 'claim').getByTestId('label-key')).toHaveText('claim');

  await labelRow(page, 'claim').getByLabel('Colour of Claim').fill('#123456');
  await labelRow(page, 'evidence')
    .getByLabel('Guideline for Evidence')
    .fill('Data, a quotation or a document offered for or against a claim.');
  await expect(page.getByTestId('settings-state')).toHaveText('Unsaved changes');
  await expect(labelRow(page, 'claim').getByTestId('change-tag')).toHaveText('Edited');

  await page.getByTestId('add-label').click();
  // The new label's name field has focus, and its key follows the name until typed by hand.
  await page.keyboard.type('Source');
  const added = page.getByTestId('label-row').last();
  await expect(added.getByTestId('label-key')).toHaveValue('Source');
  await added.getByTestId('label-key').fill('source');
  await added.getByTestId('label-shortcut').fill('1');
  await expect(added.getByTestId('field-error')).toHaveText('Shortcut: the key 1 is already the shortcut of "claim"');
  await expect(added.getByTestId('label-shortcut')).toHaveAccessibleDescription(
    'Shortcut: the key 1 is already the shortcut of "claim"',
  );
  await expect(added.getByTestId('label-shortcut')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('settings-problem-count')).toHaveText('1 problem to fix before saving');
  await expect(page.getByTestId('settings-save')).toBeDisabled();
  await page.screenshot({ path: 'test-results/screenshots/workbench-settings-problem.png' });

  await added.getByTestId('label-shortcut').fill('5');
  await added.getByTestId('label-description').fill('Who is quoted or credited for a claim.');
  await expect(added.getByTestId('field-error')).toHaveCount(0);
  await expect(added.getByTestId('change-tag')).toHaveText('New');
  await page.screenshot({ path: 'test-results/screenshots/workbench-settings-unsaved.png' });
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-saved')).toBeVisible();
  await expect(page.getByTestId('settings-save')).toBeDisabled();
  await expect(page.getByTestId('change-tag')).toHaveCount(0);
  // Once saved the key is fixed.
  await expect(labelRow(page, 'source').getByTestId('label-key')).toHaveText('source');

  const stored = await callApi(request, served.url, 'getScheme', {});
  expect(stored.labels.find((label) => label.key === 'claim')?.color).toBe('#123456');
  expect(stored.labels.find((label) => label.key === 'evidence')?.description).toBe(
    'Data, a quotation or a document offered for or against a claim.',
  );
  expect(stored.labels.find((label) => label.key === 'source')).toEqual({
    key: 'source',
    name: 'Source',
    color: expect.stringMatching(/^#[0-9a-f]{6}$/u),
    parent: null,
    shortcut: '5',
    description: 'Who is quoted or credited for a claim.',
  });
  // The techniques keep their place under the propaganda marker.
  expect(stored.labels.filter((label) => label.parent === 'propaganda')).toHaveLength(14);
  expect(
    queryProject<{ key: string }>(served.path, 'SELECT key FROM labels WHERE parent IS NULL ORDER BY position').map(
      (row) => row.key,
    ),
  ).toEqual(['claim', 'evidence', 'opinion', 'propaganda', 'source']);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
  await openSettings(page);
  await expect(labelRow(page, 'claim').getByLabel('Colour of Claim')).toHaveValue('#123456');
  await expect(labelRow(page, 'evidence').getByLabel('Guideline for Evidence')).toHaveValue(
    'Data, a quotation or a document offered for or against a claim.',
  );
  await expect(labelRow(page, 'source').getByLabel('Shortcut key of Source')).toHaveValue('5');
  await page.getByTestId('settings-cancel').click();
  await expect(page.getByTestId('settings-view')).toHaveCount(0);
  await expect(page.getByTestId('document-list')).toBeVisible();
});

test('shows the project’s refusal to remove a label in use, and Cancel discards the edit', async ({
  page,
  served,
  request,
}) => {
  await callApi(request, served.url, 'createSpan', {
    document: DOC0,
    annotator: 'dana',
    start: 0,
    end: 10,
    label: 'opinion',
  });
  await openApp(page, served.url);
  await openSettings(page);

  await labelRow(page, 'opinion').getByRole('button', { name: 'Remove Opinion' }).click();
  await expect(labelRow(page, 'opinion')).toHaveCount(0);
  await expect(page.getByTestId('settings-state')).toHaveText('Unsaved changes');
  await expect(page.getByTestId('removed-notice')).toContainText('label Opinion opinion');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-error')).toHaveText(
    'Not saved: the label "opinion" is used by 1 spans; relabel or delete them before removing it',
  );
  await expect(page.getByTestId('settings-state')).toHaveText('Unsaved changes');
  await page.screenshot({ path: 'test-results/screenshots/workbench-settings-refused.png' });
  expect(queryProject(served.path, "SELECT key FROM labels WHERE key = 'opinion'")).toHaveLength(1);

  await page.getByTestId('settings-cancel').click();
  await openSettings(page);
  await expect(labelRow(page, 'opinion')).toHaveCount(1);
  await expect(page.getByTestId('settings-error')).toHaveCount(0);
  await expect(page.getByTestId('removed-notice')).toHaveCount(0);
  await expect(page.getByTestId('settings-state')).toHaveText('No changes');
});

test('reorders labels and techniques, adds a technique and a relation type, all from the keyboard', async ({
  page,
  served,
  request,
}) => {
  await openApp(page, served.url);
  await openSettings(page);

  await labelRow(page, 'opinion').getByRole('button', { name: 'Move Opinion up' }).focus();
  await page.keyboard.press('Enter');
  // Focus stays on the button as its row moves, so pressing again keeps moving it.
  await expect(labelRow(page, 'opinion').getByRole('button', { name: 'Move Opinion up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(labelRow(page, 'opinion').getByRole('button', { name: 'Move Opinion up' })).toBeDisabled();
  await expect(labelRow(page, 'opinion').getByRole('button', { name: 'Move Opinion down' })).toBeFocused();
  expect(
    await page.getByTestId('label-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key'))),
  ).toEqual(['opinion', 'claim', 'evidence', 'propaganda']);

  const propaganda = labelRow(page, 'propaganda');
  await propaganda.getByTestId('label-techniques-toggle').focus();
  await page.keyboard.press('Enter');
  await expect(propaganda.getByTestId('label-techniques-toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(propaganda.getByTestId('technique-row')).toHaveCount(14);
  await propaganda.getByRole('button', { name: 'Move Doubt up' }).click();
  await propaganda.getByTestId('add-technique').click();
  const technique = propaganda.getByTestId('technique-row').last();
  await technique.getByTestId('technique-name').fill('Appeal to pity');
  await expect(technique.getByTestId('technique-key')).toHaveValue('Appeal_to_pity');
  await technique.getByTestId('technique-description').fill('Seeking support by arousing sympathy.');
  await technique.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/workbench-settings-techniques.png' });

  await page.getByTestId('add-relation-type').click();
  await page.keyboard.type('attributes');
  await page
    .getByTestId('relation-type-row')
    .last()
    .getByTestId('relation-type-description')
    .fill('A source to whom a claim is attributed.');
  await page.screenshot({ path: 'test-results/screenshots/workbench-settings-relation-types.png' });

  await page.getByTestId('settings-save').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('settings-saved')).toBeVisible();

  const stored = await callApi(request, served.url, 'getScheme', {});
  expect(stored.labels.filter((label) => label.parent === null).map((label) => label.key)).toEqual([
    'opinion',
    'claim',
    'evidence',
    'propaganda',
  ]);
  const techniques = stored.labels.filter((label) => label.parent === 'propaganda').map((label) => label.key);
  expect(techniques.indexOf('Doubt')).toBe(techniques.indexOf('Exaggeration,Minimisation') - 1);
  expect(techniques.at(-1)).toBe('Appeal_to_pity');
  expect(stored.labels.find((label) => label.key === 'Appeal_to_pity')).toMatchObject({
    parent: 'propaganda',
    shortcut: null,
  });
  expect(stored.relationTypes.map((type) => type.key)).toEqual(['supports', 'contradicts', 'attributes']);
  // The new label can be used right away.
  await callApi(request, served.url, 'createSpan', {
    document: DOC0,
    annotator: 'dana',
    start: 0,
    end: 4,
    label: 'propaganda',
    technique: 'Appeal_to_pity',
  });
});
