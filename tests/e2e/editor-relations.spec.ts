// Linking spans: from the panel button or the L key, to a span clicked or reached with Tab; the
// link shows in the panel and as an arc over the text, and goes when one of its spans is deleted.
import { clickText, dragSelect, expectAllSaved, openForLabelling, selectedSpanId } from './editorPage';
import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCliOk } from '../helpers/cli';

const DOC = '000_d94b5c86e54fbc34';

test.use({ serveOptions: { annotator: 'ana' } });

/** The relations of a document in the project file, through `spanmark export`. */
function exportedRelations(path: string, dir: string): { id: string; type: string; from: string; to: string }[] {
  const out = join(dir, `relations-${Date.now()}.jsonl`);
  runCliOk(['export', path, '--format', 'jsonl', '--out', out]);
  const record = readFileSync(out, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(
      (line) =>
        JSON.parse(line) as { id: string; relations?: { id: string; type: string; from: string; to: string }[] },
    )
    .find((r) => r.id === DOC)!;
  return record.relations ?? [];
}

test('links spans by mouse and by keyboard, shows the links, and drops them with a deleted span', async ({
  page,
  served,
}) => {
  await openForLabelling(page, served, DOC);
  await dragSelect(page, 'Kremlin shows its mendacity');
  await page.keyboard.press('1');
  const claim = await selectedSpanId(page);
  await dragSelect(page, 'Russian paratroopers landed');
  await page.keyboard.press('2');
  const evidence = await selectedSpanId(page);
  await dragSelect(page, 'warned foreign forces against interfering');
  await page.keyboard.press('2');
  const warning = await selectedSpanId(page);

  // Mouse: the panel's button, then a click on the target, then the type.
  await clickText(page, 'paratroopers');
  await expect(page.getByTestId('span-details')).toHaveAttribute('data-span-id', evidence);
  await page.getByTestId('link-button').click();
  await expect(page.getByTestId('link-banner')).toContainText('click the target span');
  await clickText(page, 'mendacity');
  const chooser = page.getByTestId('relation-chooser');
  await expect(chooser.getByTestId('relation-type')).toHaveText(['1supports', '2contradicts']);
  await chooser.locator('[data-relation-type="supports"]').click();
  await expect(page.getByTestId('link-banner')).toHaveCount(0);
  const row = page.getByTestId('relation-row');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-relation-type', 'supports');
  await expect(row).toContainText(/supports →\s*Claim: “Kremlin shows its mendacity”/u);
  await expect(page.getByTestId('relation-arc')).toHaveCount(1);
  await expect(page.getByTestId('relation-arc')).toContainText('supports');
  await expectAllSaved(page);
  await page.screenshot({ path: 'test-results/screenshots/editor-relation-arc.png' });
  // With nothing selected, hovering a span shows its links; leaving it hides them.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('span-details')).toHaveCount(0);
  await expect(page.getByTestId('relation-arc')).toHaveCount(0);
  await page.locator(`.ProseMirror [data-span-id="${evidence}"]`).hover();
  await expect(page.getByTestId('relation-arc')).toHaveCount(1);
  await page.getByTestId('article-title').hover();
  await expect(page.getByTestId('relation-arc')).toHaveCount(0);

  // Keyboard: L, Tab to the target (spans in text order, skipping the source), Enter, then 2.
  await clickText(page, 'warned foreign');
  await expect(page.getByTestId('span-details')).toHaveAttribute('data-span-id', warning);
  await page.keyboard.press('l');
  await expect(page.getByTestId('link-banner')).toBeVisible();
  // From the warning, Tab walks to the evidence after it and wraps to the claim.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('span-details')).toHaveAttribute('data-span-id', evidence);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('span-details')).toHaveAttribute('data-span-id', claim);
  await page.keyboard.press('Enter');
  await expect(chooser).toBeVisible();
  await page.keyboard.press('2');
  await expect(chooser).toHaveCount(0);
  await expect(page.getByTestId('span-details')).toHaveAttribute('data-span-id', warning);
  await expect(page.getByTestId('relation-row')).toHaveAttribute('data-relation-type', 'contradicts');
  await expectAllSaved(page);
  expect(
    exportedRelations(served.path, served.dir)
      .map((r) => `${r.from}-${r.type}-${r.to}`)
      .sort(),
  ).toEqual([`${evidence}-supports-${claim}`, `${warning}-contradicts-${claim}`].sort());

  // The claim shows both links; hovering the evidence shows its arc too.
  await clickText(page, 'Kremlin shows');
  await expect(page.getByTestId('relation-row')).toHaveCount(2);
  await expect(page.getByTestId('relation-arc')).toHaveCount(2);

  // Deleting the claim deletes both links, here and in the file.
  await page.keyboard.press('Delete');
  await expectAllSaved(page);
  await clickText(page, 'paratroopers');
  await expect(page.getByTestId('span-details')).toHaveAttribute('data-span-id', evidence);
  await expect(page.getByTestId('relation-row')).toHaveCount(0);
  await expect(page.getByTestId('relation-arc')).toHaveCount(0);
  expect(exportedRelations(served.path, served.dir)).toEqual([]);
});

test('removes a link from the panel and refuses to link a span to itself', async ({ page, served }) => {
  await openForLabelling(page, served, DOC);
  await dragSelect(page, 'double standards');
  await page.keyboard.press('1');
  await dragSelect(page, 'bloody conflict');
  await page.keyboard.press('2');
  await page.keyboard.press('l');
  await clickText(page, 'bloody');
  await expect(page.getByTestId('notice')).toContainText('two different spans');
  await clickText(page, 'double');
  await page.getByTestId('relation-chooser').locator('[data-relation-type="contradicts"]').click();
  await expect(page.getByTestId('relation-row')).toHaveCount(1);
  await page.getByTestId('delete-relation').click();
  await expect(page.getByTestId('relation-row')).toHaveCount(0);
  await expectAllSaved(page);
  expect(exportedRelations(served.path, served.dir)).toEqual([]);
});
