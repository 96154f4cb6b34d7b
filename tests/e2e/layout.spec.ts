// The layout holds at every width the desktop window allows (760 px up): nothing scrolls sideways,
// every header control is in view or one click away in More, the article keeps 45 characters a line,
// the Agreement view scrolls inside its own area, and the side panel and popovers stay in the window.
import type { Page } from '@playwright/test';
import { AGREEMENT_RECORDS } from './agreementData';
import { dragSelect, expectAllSaved, openForLabelling, selectedSpanId } from './editorPage';
import { expect, test } from './fixtures';

const DOC = '000_d94b5c86e54fbc34';
const HEADER_CONTROLS = [
  'open-project',
  'data-menu',
  'show-others-toggle',
  'open-agreement',
  'open-curation',
  'open-settings',
  'annotator-picker',
];

// Ten sentences, each labelled with one technique by ann (and cat) and the next technique by bob: a confusion
// matrix of ten labels, wider than half the Agreement view.
const TECHNIQUES = [
  'Loaded_Language',
  'Name_Calling,Labeling',
  'Repetition',
  'Exaggeration,Minimisation',
  'Doubt',
  'Appeal_to_fear-prejudice',
  'Flag-Waving',
  'Causal_Oversimplification',
  'Slogans',
  'Appeal_to_Authority',
];
const SENTENCE = 'A sentence of ten words that carries a propaganda technique.';
const WIDE_CONFUSION = {
  id: 'techniques',
  title: 'Every technique once',
  text: TECHNIQUES.map(() => SENTENCE).join(' '),
  spans: TECHNIQUES.flatMap((technique, i) => {
    const start = i * (SENTENCE.length + 1);
    const range = { start, end: start + SENTENCE.length, label: 'propaganda' };
    return [
      { ...range, annotator: 'ann', technique },
      { ...range, annotator: 'bob', technique: TECHNIQUES[(i + 1) % TECHNIQUES.length] },
      // cat too, so that the document is in the scope of the three annotators.
      { ...range, annotator: 'cat', technique },
    ];
  }),
};

// ann also labels in the agreement data; a span of ann in a bundled sample leaves that sample out of the
// agreement scope, as a document bob and cat have not read.
test.use({ serveOptions: { annotator: 'ann' } });

async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `the page scrolls sideways in ${where}`).toBeLessThanOrEqual(clientWidth);
}

/** A header control is in view, or the More panel shows it; returns it where it can be clicked. */
async function reachHeaderControl(page: Page, testId: string) {
  const control = page.getByTestId(testId);
  if (!(await control.isVisible())) {
    await page.getByTestId('header-more').click();
    await expect(page.getByTestId('header-more-panel')).toBeVisible();
  }
  await expect(control, `${testId} is reachable`).toBeVisible();
  await expect(control, `${testId} is inside the window`).toBeInViewport({ ratio: 1 });
  return control;
}

async function closeMorePanel(page: Page) {
  const panel = page.getByTestId('header-more-panel');
  if (await panel.isVisible()) {
    await page.getByTestId('header-more').click();
    await expect(panel).toBeHidden();
  }
}

/** How many characters of the article's font fit in a line of the article column. */
async function articleLineCharacters(page: Page): Promise<number> {
  return page.evaluate(() => {
    const text = document.querySelector<HTMLElement>('.ProseMirror')!;
    const probe = document.createElement('div');
    probe.style.cssText = 'position:absolute;visibility:hidden;width:45ch';
    probe.style.font = getComputedStyle(text).font;
    text.parentElement!.appendChild(probe);
    const ch = probe.getBoundingClientRect().width / 45;
    probe.remove();
    return text.getBoundingClientRect().width / ch;
  });
}

/** The element's box in the viewport. */
async function boxOf(page: Page, selector: string) {
  return page.evaluate((s) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width };
  }, selector);
}

for (const width of [760, 1024, 1280, 1920]) {
  test(`at ${width} px nothing scrolls sideways, every header control is reachable, the article keeps 45 characters, Agreement scrolls in itself`, async ({
    page,
    served,
  }) => {
    served.importJsonl([...AGREEMENT_RECORDS, WIDE_CONFUSION]);
    await page.setViewportSize({ width, height: 800 });
    await openForLabelling(page, served, DOC);
    await dragSelect(page, 'Kremlin shows its mendacity');
    await page.keyboard.press('1');
    await selectedSpanId(page);
    await expectAllSaved(page);

    await expectNoSidewaysScroll(page, 'the workspace');
    // The default window of the other tests (1280) and wider shows every control in the row.
    if (width >= 1280) await expect(page.getByTestId('header-more')).toHaveCount(0);
    for (const testId of HEADER_CONTROLS) {
      await reachHeaderControl(page, testId);
      await closeMorePanel(page);
    }
    expect(await articleLineCharacters(page)).toBeGreaterThanOrEqual(45);
    await page.screenshot({ path: `test-results/screenshots/layout-${width}.png` });
    if (width < 1280) {
      await page.getByTestId('header-more').click();
      await page.screenshot({ path: `test-results/screenshots/layout-${width}-more.png` });
      await closeMorePanel(page);
    }
    // A dialog opened from a control in the More panel shows, and the panel closes behind it.
    await (await reachHeaderControl(page, 'data-menu')).click();
    await page.getByTestId('import-open').click();
    await expect(page.getByTestId('import-dialog')).toBeVisible();
    await expect(page.getByTestId('header-more-panel')).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('import-dialog')).toHaveCount(0);

    // Agreement: the report scrolls inside its area; the header and the view's bar stay put.
    await (await reachHeaderControl(page, 'open-agreement')).click();
    await expect(page.getByTestId('agreement-results')).toBeVisible();
    await expectNoSidewaysScroll(page, 'the Agreement view');
    await page.getByTestId('agreement-results').hover();
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 1500);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('.agreement-scroll')!.scrollTop), {
        message: 'the report scrolls in its own area',
      })
      .toBeGreaterThan(0);
    await page.evaluate(() => document.querySelector('.agreement-scroll')!.scrollTo({ top: 1e6 }));
    // More wheel at the end of the report must not move the window.
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 1500);
    const after = await page.evaluate(() => {
      const scroller = document.querySelector('.agreement-scroll')!;
      const view = document.querySelector('[data-testid="agreement-view"]')!.getBoundingClientRect();
      return {
        windowScroll: [window.scrollX, window.scrollY, document.scrollingElement!.scrollTop],
        pageHeight: document.documentElement.scrollHeight - document.documentElement.clientHeight,
        atEnd: scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1,
        viewBottom: view.bottom,
        windowBottom: window.innerHeight,
      };
    });
    expect(after.windowScroll, 'the window itself never scrolls').toEqual([0, 0, 0]);
    expect(after.pageHeight, 'nothing is taller than the window').toBeLessThanOrEqual(0);
    expect(after.atEnd).toBe(true);
    // The view reaches the bottom of the window: no band of page under it.
    expect(Math.abs(after.viewBottom - after.windowBottom)).toBeLessThanOrEqual(1);
    await expect(page.locator('.app-header')).toBeInViewport({ ratio: 1 });
    expect((await boxOf(page, '.app-header')).top).toBe(0);
    await expect(page.locator('.agreement-bar')).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('agreement-close')).toBeInViewport({ ratio: 1 });

    // The confusion matrix of ann × bob (ten techniques) gets its room: it fits its card, or the
    // card spans the whole report and the table scrolls sideways inside it.
    const confusion = page.getByTestId('confusion');
    await page.getByTestId('confusion-pair').selectOption({ label: 'ann × bob' });
    // The ten techniques and the three labels of the other documents, and "no overlapping span".
    await expect(confusion.locator('thead th')).toHaveCount(TECHNIQUES.length + 4);
    const room = await page.evaluate(() => {
      const card = document.querySelector('[data-testid="confusion"]')!;
      const scroller = card.querySelector<HTMLElement>('.table-scroll')!;
      const table = card.querySelector('table')!;
      return {
        table: table.getBoundingClientRect().width,
        box: scroller.clientWidth,
        card: card.getBoundingClientRect().width,
        cardRight: card.getBoundingClientRect().right,
        report: document.querySelector('[data-testid="agreement-results"]')!.getBoundingClientRect().width,
        overflow: getComputedStyle(scroller).overflowX,
      };
    });
    expect(room.cardRight).toBeLessThanOrEqual(width);
    if (room.table > room.box + 1) {
      expect(room.card, 'a matrix wider than its card gets the whole row').toBeGreaterThanOrEqual(room.report - 1);
      expect(room.overflow).toBe('auto');
    }
    await confusion.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/layout-${width}-agreement.png` });

    // Settings too fits the window.
    await (await reachHeaderControl(page, 'open-settings')).click();
    await expect(page.getByTestId('settings-view')).toBeVisible();
    await expectNoSidewaysScroll(page, 'Settings');
  });
}

test('at 1440×900 the side panel shows Link and Delete, and popovers open inside the window', async ({
  page,
  served,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openForLabelling(page, served, DOC);

  // A propaganda span at the bottom edge of the article: the technique picker flips above it.
  await dragSelect(page, 'export of democracy');
  await page.evaluate(() => {
    const scroller = document.querySelector('.article-scroll')!;
    const mark = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    scroller.scrollTop += mark.bottom - scroller.getBoundingClientRect().bottom + 12;
  });
  await page.keyboard.press('4');
  const picker = page.getByTestId('technique-picker');
  await expect(picker).toBeVisible();
  await expect(picker).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: 'test-results/screenshots/layout-1440-picker.png' });
  await page.keyboard.type('fear');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  const propaganda = await selectedSpanId(page);

  // A long note makes the details tall; Link and Delete stay in view all the same.
  await page
    .getByTestId('span-note')
    .fill(Array.from({ length: 12 }, (_, i) => `Line ${i + 1} of a long note.`).join('\n'));
  await expectAllSaved(page);
  await expect(page.getByTestId('span-details')).toHaveAttribute('data-span-id', propaganda);
  await expect(page.getByTestId('link-button')).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('delete-span')).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: 'test-results/screenshots/layout-1440-panel.png' });

  // Two spans over "Tokayev" at the bottom edge of the article: the overlap menu stays inside.
  await page.keyboard.press('Escape');
  await dragSelect(page, 'Kazakh head of state Kassym-Shomart Tokayev');
  await page.keyboard.press('1');
  await dragSelect(page, 'Kassym-Shomart Tokayev', { occurrence: 1 });
  await page.keyboard.press('2');
  await expectAllSaved(page);
  await page.keyboard.press('Escape');
  const tokayev = await page.evaluate(() => {
    const scroller = document.querySelector('.article-scroll')!;
    const mark = [...document.querySelectorAll('.ProseMirror [data-span-id]')]
      .filter((e) => e.textContent === 'Kassym-Shomart Tokayev')
      .pop()!;
    scroller.scrollTop += mark.getBoundingClientRect().bottom - scroller.getBoundingClientRect().bottom + 8;
    const box = mark.getBoundingClientRect();
    return { x: box.right - 4, y: (box.top + box.bottom) / 2 };
  });
  await page.mouse.click(tokayev.x, tokayev.y);
  const menu = page.getByTestId('overlap-menu');
  await expect(menu).toBeVisible();
  await expect(menu).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: 'test-results/screenshots/layout-1440-overlap.png' });
});
