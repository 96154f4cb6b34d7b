// A write that fails is never shown as saved: a refused new span stays visibly unsaved with the
// reason until it is retried or discarded; a refused change is taken back with a message.
import { dragSelect, expectAllSaved, exportedSpans, highlightOf, openForLabelling, selectedSpanId } from './editorPage';
import { expect, test } from './fixtures';

const DOC = '000_d94b5c86e54fbc34';

test.use({ serveOptions: { annotator: 'ana' } });

test('keeps a span the project refused visibly unsaved, says why, and saves it on retry', async ({ page, served }) => {
  await openForLabelling(page, served, DOC);
  // Record every save state the span ever shows.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __saveStates: string[] }).__saveStates = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        const nodes = record.type === 'attributes' ? [record.target] : [...record.addedNodes];
        for (const node of nodes) {
          if (node instanceof Element)
            for (const e of [node, ...node.querySelectorAll('[data-save]')])
              if (e.hasAttribute('data-save')) seen.push(e.getAttribute('data-save')!);
        }
      }
    }).observe(document.querySelector('.ProseMirror')!, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-save'],
    });
  });
  await page.route('**/api/createSpan', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: { code: 'io', message: 'the project file is read-only; check its permissions' },
      }),
    }),
  );
  await dragSelect(page, 'double standards');
  await page.keyboard.press('1');
  const id = await selectedSpanId(page);
  await expect(highlightOf(page, id)).toHaveAttribute('data-save', 'failed');
  await expect(page.getByTestId('error-banner')).toContainText(
    'Spanmark could not save this span. Check that the project file is still reachable, then Retry. Span: claim “double standards”. Reason: the project file is read-only; check its permissions',
  );
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'failed');
  await expect(page.getByTestId('span-save-state')).toHaveText('Not saved');
  await expect(page.locator(`[data-testid="span-row"][data-span-id="${id}"]`)).toContainText('not saved');
  await page.screenshot({ path: 'test-results/screenshots/editor-save-failed.png' });
  expect(exportedSpans(served, DOC)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __saveStates: string[] }).__saveStates)).not.toContain(
    'saved',
  );

  await page.unroute('**/api/createSpan');
  await page.getByTestId('retry-span').click();
  await expect(highlightOf(page, id)).toHaveAttribute('data-save', 'saved');
  await expectAllSaved(page);
  expect(exportedSpans(served, DOC)).toEqual([expect.objectContaining({ id, covered: 'double standards' })]);
});

test('the save error goes away when the retried write lands', async ({ page, served }) => {
  await openForLabelling(page, served, DOC);
  let calls = 0;
  await page.route('**/api/createSpan', (route) => {
    calls++;
    // The first write is refused, as with a project file on a drive that went away; later ones land.
    if (calls === 1) return route.abort('connectionrefused');
    return route.continue();
  });
  await dragSelect(page, 'double standards');
  await page.keyboard.press('1');
  const id = await selectedSpanId(page);
  const banner = page.getByTestId('error-banner');
  await expect(banner).toContainText(
    'Spanmark could not save this span. Check that the project file is still reachable, then Retry.',
  );
  await expect(highlightOf(page, id)).toHaveAttribute('data-save', 'failed');
  await page.screenshot({ path: 'test-results/screenshots/editor-save-error-banner.png' });

  await page.getByTestId('retry-span').click();
  await expect(highlightOf(page, id)).toHaveAttribute('data-save', 'saved');
  await expect(banner).toHaveCount(0);
  expect(calls).toBe(2);
  expect(exportedSpans(served, DOC)).toEqual([expect.objectContaining({ id, covered: 'double standards' })]);
});

test('takes back a change the host could not receive, with a message naming the reason', async ({ page, served }) => {
  await openForLabelling(page, served, DOC);
  await dragSelect(page, 'bloody conflict');
  await page.keyboard.press('1');
  const id = await selectedSpanId(page);
  await expectAllSaved(page);
  // The host is gone (as if `spanmark serve` stopped): the request never gets an answer.
  await page.route('**/api/updateSpan', (route) => route.abort('connectionrefused'));
  await page.keyboard.press('2');
  await expect(page.getByTestId('error-banner')).toContainText(
    'The new label to “bloody conflict” was not saved and was undone on screen',
  );
  await expect(page.getByTestId('error-banner')).toContainText('Is `spanmark serve` still running?');
  await expect(page.getByTestId('details-title')).toHaveText('Claim');
  await expect(highlightOf(page, id)).toHaveAttribute('title', 'Claim');
  await expect(highlightOf(page, id)).toHaveAttribute('data-save', 'saved');
  expect(exportedSpans(served, DOC)).toEqual([expect.objectContaining({ id, label: 'claim' })]);
  await page.getByRole('button', { name: 'Dismiss error' }).click();
  await expect(page.getByTestId('error-banner')).toHaveCount(0);

  // A refused new span can also be discarded.
  await page.route('**/api/createSpan', (route) => route.abort('connectionrefused'));
  await dragSelect(page, 'paratroopers');
  await page.keyboard.press('3');
  const lost = await selectedSpanId(page);
  await expect(highlightOf(page, lost)).toHaveAttribute('data-save', 'failed');
  await page.getByTestId('discard-span').click();
  await expect(highlightOf(page, lost)).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
});
