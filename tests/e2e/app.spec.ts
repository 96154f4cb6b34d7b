import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphsOf } from '../../shared/textLayout';
import { REPO_ROOT } from '../helpers/cli';
import { MULTILINGUAL_TEXT } from '../helpers/multilingualText';
import { expect, test } from './fixtures';

const SEED_IDS = [
  '000_d94b5c86e54fbc34',
  '001_7d6718613a425cdc',
  '002_964a688ff88cd9e1',
  '003_4e18fd9c259265ac',
  '004_ce7434ab9563ed40',
];

/** The text of each paragraph as the article view should show it (line breaks inside become breaks). */
function expectedParagraphs(text: string): string[] {
  return paragraphsOf(text).map((p) => text.slice(p.start, p.end).replace(/\r\n|\r|\n/gu, '\n'));
}

test('lists the project’s documents and opens an article with its paragraphs, as text', async ({ page, served }) => {
  await page.goto(served.url);
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
  await expect(page.getByTestId('project-name')).toHaveText('e2e');
  const items = page.getByTestId('document-item');
  await expect(items).toHaveCount(5);
  expect(await items.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-document-id')))).toEqual(SEED_IDS);

  const seedText = readFileSync(join(REPO_ROOT, 'seeds', '002_964a688ff88cd9e1.txt'), 'utf8');
  await page.locator('[data-testid="document-item"][data-document-id="002_964a688ff88cd9e1"]').click();
  const view = page.getByTestId('article-view');
  await expect(view).toHaveAttribute('data-document-id', '002_964a688ff88cd9e1');
  await expect(view).toHaveAttribute('data-ready', 'true');
  // Its first line, "ANALYTICS", is a rubric, not a title: the file name stands in for it.
  expect(seedText.split('\n')[0]!.trim()).toBe('ANALYTICS');
  await expect(page.getByTestId('article-title')).toHaveText('002_964a688ff88cd9e1');

  const paragraphs = view.locator('.ProseMirror p');
  const expected = expectedParagraphs(seedText);
  await expect(paragraphs).toHaveCount(expected.length);
  expect(await paragraphs.evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).innerText))).toEqual(expected);
  // Read-only: the view cannot be typed into.
  await expect(view.locator('.ProseMirror')).toHaveAttribute('contenteditable', 'false');

  await page.screenshot({ path: 'test-results/screenshots/article-view.png' });
});

test('shows emoji, CJK, Arabic and CRLF text exactly, with markup in the text left as text', async ({
  page,
  served,
}) => {
  const tricky = `${MULTILINGUAL_TEXT}\r\n\r\n<img src=x onerror="window.__pwned=1"> <b>not bold</b>`;
  served.importJsonl([{ id: 'tricky', title: 'Tricky text', text: tricky }]);
  await page.goto(served.url);
  await page.locator('[data-testid="document-item"][data-document-id="tricky"]').click();
  const view = page.getByTestId('article-view');
  await expect(view).toHaveAttribute('data-ready', 'true');
  const paragraphs = view.locator('.ProseMirror p');
  expect(await paragraphs.evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).innerText))).toEqual(
    expectedParagraphs(tricky),
  );
  await expect(view.locator('.ProseMirror img, .ProseMirror b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // Each paragraph picks its own direction, so Arabic reads right to left.
  expect(await paragraphs.evaluateAll((nodes) => nodes.every((n) => n.getAttribute('dir') === 'auto'))).toBe(true);
  await page.screenshot({ path: 'test-results/screenshots/multilingual-article.png' });
});

test('refuses the app without the token', async ({ page, served }) => {
  const response = await page.goto(new URL(served.url).origin + '/');
  expect(response?.status()).toBe(401);
  await expect(page.locator('body')).toContainText('unauthorized');
});
