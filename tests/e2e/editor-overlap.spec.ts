// Overlapping and nested spans: all stay visible in layers, the smallest under the pointer wins a
// click, and a menu offers the others.
import {
  clickText,
  dragSelect,
  expectAllSaved,
  exportedSpans,
  highlightOf,
  openForLabelling,
  selectedSpanId,
} from './editorPage';
import { expect, test } from './fixtures';

const DOC = '000_d94b5c86e54fbc34';

test.use({ serveOptions: { annotator: 'ana' } });

test('draws nested and overlapping spans in layers and lets a click reach each of them', async ({ page, served }) => {
  await openForLabelling(page, served, DOC);
  await dragSelect(page, 'Kremlin shows its mendacity');
  await page.keyboard.press('1');
  const outer = await selectedSpanId(page);
  await dragSelect(page, 'shows its');
  await page.keyboard.press('2');
  const inner = await selectedSpanId(page);
  // The same text twice with the same label: two spans, both kept.
  await dragSelect(page, 'mendacity');
  await page.keyboard.press('3');
  const twinA = await selectedSpanId(page);
  await dragSelect(page, 'mendacity');
  await page.keyboard.press('3');
  const twinB = await selectedSpanId(page);
  await expectAllSaved(page);

  // Longest lowest: the claim at depth 0, everything inside it deeper; the twins differ.
  // A span over others is drawn in pieces, one element per stretch of text.
  await expect(highlightOf(page, outer).first()).toHaveAttribute('data-depth', '0');
  expect(await highlightOf(page, outer).allTextContents()).toEqual(['Kremlin ', 'shows its', ' ', 'mendacity']);
  await expect(highlightOf(page, inner)).toHaveAttribute('data-depth', '1');
  const twinDepths = [
    await highlightOf(page, twinA).getAttribute('data-depth'),
    await highlightOf(page, twinB).getAttribute('data-depth'),
  ];
  expect(new Set(twinDepths).size).toBe(2);
  await expect(highlightOf(page, inner)).toHaveText('shows its');

  // A click on "shows" selects the smallest span there and offers the other in a menu.
  await page.keyboard.press('Escape');
  await clickText(page, 'shows its');
  await expect(page.getByTestId('span-details')).toHaveAttribute('data-span-id', inner);
  const menu = page.getByTestId('overlap-menu');
  await expect(menu).toBeVisible();
  await expect(menu.getByTestId('overlap-option')).toHaveCount(2);
  await page.screenshot({ path: 'test-results/screenshots/editor-overlap-menu.png' });
  await menu.locator(`[data-testid="overlap-option"][data-span-id="${outer}"]`).click();
  await expect(page.getByTestId('span-details')).toHaveAttribute('data-span-id', outer);
  await expect(page.getByTestId('details-title')).toHaveText('Claim');
  await expect(menu).toHaveCount(0);

  // On a single span there is no menu.
  await clickText(page, 'Kremlin shows');
  await expect(page.getByTestId('span-details')).toHaveAttribute('data-span-id', outer);
  await expect(page.getByTestId('overlap-menu')).toHaveCount(0);
  // On "mendacity" three spans lie on top of each other: the twins (smallest) and the claim.
  await clickText(page, 'mendacity');
  await expect(page.getByTestId('overlap-menu').getByTestId('overlap-option')).toHaveCount(3);
  await expect(page.getByTestId('span-details')).toHaveAttribute(
    'data-span-id',
    new RegExp(`^(${twinA}|${twinB})$`, 'u'),
  );

  const covered = exportedSpans(served, DOC)
    .map((s) => `${s.label}:${s.covered}`)
    .sort();
  expect(covered).toEqual([
    'claim:Kremlin shows its mendacity',
    'evidence:shows its',
    'opinion:mendacity',
    'opinion:mendacity',
  ]);
});

test('keeps five nested spans readable, each with its own underline', async ({ page, served }) => {
  const text = 'The minister said that the humanitarian aid arrived on Monday, and critics called it a stunt.';
  const at = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });
  served.importJsonl([
    {
      id: 'nested',
      title: 'Five levels',
      text,
      spans: [
        {
          id: 'l0',
          ...at('The minister said that the humanitarian aid arrived on Monday'),
          label: 'claim',
          annotator: 'ana',
        },
        { id: 'l1', ...at('said that the humanitarian aid arrived'), label: 'evidence', annotator: 'ana' },
        { id: 'l2', ...at('the humanitarian aid arrived'), label: 'opinion', annotator: 'ana' },
        { id: 'l3', ...at('humanitarian aid'), label: 'propaganda', technique: 'Loaded_Language', annotator: 'ana' },
        { id: 'l4', ...at('humanitarian'), label: 'claim', annotator: 'ana' },
        { id: 'cross', ...at('aid arrived on Monday, and critics'), label: 'evidence', annotator: 'ana' },
      ],
    },
  ]);
  await openForLabelling(page, served, 'nested');
  const depths = await page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.ProseMirror [data-span-id]')].map((e) => [
        e.getAttribute('data-span-id'),
        e.getAttribute('data-depth'),
      ]),
    ),
  );
  expect(depths).toMatchObject({ l0: '0', l1: '1', l2: '3', l3: '4', l4: '5', cross: '2' });
  // Each level's underline sits lower than the one of the span around it.
  const offsets = await page.evaluate(() =>
    ['l0', 'l1', 'l2', 'l3', 'l4'].map((id) =>
      parseFloat(getComputedStyle(document.querySelector(`[data-span-id="${id}"]`)!).textUnderlineOffset),
    ),
  );
  expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  expect(new Set(offsets).size).toBe(5);
  await clickText(page, 'humanitarian');
  await expect(page.getByTestId('span-details')).toHaveAttribute('data-span-id', 'l4');
  await expect(page.getByTestId('overlap-menu').getByTestId('overlap-option')).toHaveCount(5);
  await page.keyboard.press('Escape');
  const box = (await page.locator('.ProseMirror').boundingBox())!;
  await page.screenshot({
    path: 'test-results/screenshots/editor-nested-five.png',
    clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: 110 },
  });
});
