// Two windows on one project, and a window beside the command line: each sees the other's
// changes after a refresh, and neither damages the other's work.
import Database from 'better-sqlite3';
import { runCliOk } from '../helpers/cli';
import { dragSelect, expectAllSaved, exportedSpans, highlightOf, openForLabelling, selectedSpanId } from './editorPage';
import { expect, test } from './fixtures';

const DOC = '000_d94b5c86e54fbc34';

test.use({ serveOptions: { annotator: 'ana' } });

test('two windows and the CLI on one project see each other’s spans after a refresh, and none is lost', async ({
  page,
  served,
  context,
}) => {
  const second = await context.newPage();
  await openForLabelling(page, served, DOC);
  await openForLabelling(second, served, DOC);

  await dragSelect(page, 'Kremlin shows its mendacity');
  await page.keyboard.press('1');
  const first = await selectedSpanId(page);
  await expectAllSaved(page);

  await dragSelect(second, 'double standards');
  await second.keyboard.press('3');
  const other = await selectedSpanId(second);
  await expectAllSaved(second);

  // The command line adds a third span while both windows are open.
  const text = readStoredText(served.path);
  // An ASCII stretch of the seed text, so the UTF-16 index is also the code-point offset.
  const start = text.indexOf('paratroopers');
  expect(Array.from(text.slice(0, start)).length).toBe(start);
  served.importJsonl([
    {
      id: DOC,
      text,
      spans: [{ id: 'from-cli', start, end: start + 'paratroopers'.length, label: 'evidence', annotator: 'ana' }],
    },
  ]);

  for (const window of [page, second]) {
    await window.reload();
    await expect(window.locator('html')).toHaveAttribute('data-app-state', 'ready');
    await window.locator(`[data-testid="document-item"][data-document-id="${DOC}"]`).click();
    await expect(window.getByTestId('article-view')).toHaveAttribute('data-annotations', 'ready');
    for (const id of [first, other, 'from-cli']) await expect(highlightOf(window, id).first()).toBeVisible();
  }
  expect(
    exportedSpans(served, DOC)
      .map((span) => span.covered)
      .sort(),
  ).toEqual(['Kremlin shows its mendacity', 'double standards', 'paratroopers']);
  const db = new Database(served.path, { readonly: true });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  db.close();
  expect(runCliOk(['stats', served.path, '--json']).stdout).toMatch(/"spans":3/);
});

function readStoredText(path: string): string {
  const db = new Database(path, { readonly: true });
  const text = db.prepare('SELECT text FROM documents WHERE uid = ?').pluck().get(DOC) as string;
  db.close();
  return text;
}
