// Other annotators: hidden in blind mode (the default); when shown, drawn hatched with their name
// on hover, and read-only.
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
import { callApi } from './workbenchHelpers';

const TEXT = 'The minister said the aid arrived on Monday. Critics called the delivery a cynical stunt.';
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
const RECORD = {
  id: 'shared',
  title: 'Shared document',
  text: TEXT,
  spans: [
    { id: 'bob-claim', ...at('the aid arrived on Monday'), label: 'claim', annotator: 'bob' },
    { id: 'ana-opinion', ...at('a cynical stunt'), label: 'opinion', annotator: 'ana' },
  ],
};

test.use({ serveOptions: { annotator: 'ana' } });

test('shows only the current annotator’s spans in blind mode', async ({ page, served }) => {
  served.importJsonl([RECORD]);
  await openForLabelling(page, served, 'shared');
  await expect(highlightOf(page, 'ana-opinion')).toHaveCount(1);
  await expect(highlightOf(page, 'bob-claim')).toHaveCount(0);
  await expect(page.getByTestId('span-row')).toHaveCount(1);
});

test('draws other annotators’ spans hatched, named on hover, and read-only', async ({ page, served, request }) => {
  served.importJsonl([RECORD]);
  // The header's switch stores this choice in the project file; set it as if it had been switched on.
  await callApi(request, served.url, 'updateUserSettings', { showOtherAnnotators: true });
  await openForLabelling(page, served, 'shared');
  const theirs = highlightOf(page, 'bob-claim');
  await expect(theirs).toHaveCount(1);
  await expect(theirs).toHaveClass(/hl-other/u);
  await expect(theirs).toHaveAttribute('title', 'Claim · bob');
  await expect(highlightOf(page, 'ana-opinion')).not.toHaveClass(/hl-other/u);
  await expect(page.locator('[data-testid="span-row"][data-span-id="bob-claim"]')).toContainText('bob');

  await clickText(page, 'arrived');
  await expect(page.getByTestId('span-details')).toHaveAttribute('data-span-id', 'bob-claim');
  await expect(page.getByTestId('details-owner')).toHaveText('By bob · read-only');
  await expect(page.getByTestId('span-label-select')).toBeDisabled();
  await expect(page.getByTestId('delete-span')).toHaveCount(0);
  await expect(page.getByTestId('boundary-controls')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/editor-other-annotators.png' });
  // Keys do not change it either.
  await page.keyboard.press('Delete');
  await page.keyboard.press('2');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByTestId('notice')).toContainText('belongs to bob');
  await expect(theirs).toHaveCount(1);
  await expect(theirs).toHaveAttribute('title', 'Claim · bob');

  // Labelling over their span works and makes a span of one's own.
  await dragSelect(page, 'aid arrived');
  await page.keyboard.press('2');
  const mine = await selectedSpanId(page);
  await expectAllSaved(page);
  const spans = exportedSpans(served, 'shared');
  expect(spans.find((s) => s.id === 'bob-claim')).toMatchObject({
    annotator: 'bob',
    label: 'claim',
    covered: 'the aid arrived on Monday',
  });
  expect(spans.find((s) => s.id === mine)).toMatchObject({
    annotator: 'ana',
    label: 'evidence',
    covered: 'aid arrived',
  });
});
