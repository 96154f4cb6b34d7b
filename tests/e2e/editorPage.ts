// Shared steps of the editor's end-to-end tests: open a document for labelling, select text with
// the real mouse or keyboard, and read back what the project file holds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { runCliOk } from '../helpers/cli';
import { expect, type ServedProject } from './fixtures';

/** A span as exported (native JSONL), with the covered text computed as Python's text[start:end]. */
export interface ExportedSpan {
  id: string;
  start: number;
  end: number;
  label: string;
  technique: string | null;
  annotator: string;
  note: string;
  covered: string;
}

/** Opens the app, picks the document and waits until its spans are drawn. */
export async function openForLabelling(page: Page, served: ServedProject, documentId: string): Promise<void> {
  await page.goto(served.url);
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
  await page.locator(`[data-testid="document-item"][data-document-id="${documentId}"]`).click();
  await expect(page.getByTestId('article-view')).toHaveAttribute('data-annotations', 'ready');
}

/** The viewport boxes of the first and last characters of the `occurrence`-th `needle` in the article. */
async function charBoxes(page: Page, needle: string, occurrence = 0) {
  return page.evaluate(
    ({ needle, occurrence }) => {
      const root = document.querySelector('.ProseMirror')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = '';
      const starts: number[] = [];
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        starts.push(all.length);
        nodes.push(node as Text);
        all += (node as Text).data;
      }
      let at = -1;
      for (let i = 0; i <= occurrence; i++) at = all.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`"${needle}" is not in the article`);
      const locate = (offset: number) => {
        let index = starts.length - 1;
        while (starts[index]! > offset) index--;
        return { node: nodes[index]!, offset: offset - starts[index]! };
      };
      // In the middle of the view: a drag near an edge would scroll the page and grow the selection.
      locate(at).node.parentElement!.scrollIntoView({ block: 'center' });
      const box = (offset: number, length: number) => {
        const a = locate(offset);
        const range = document.createRange();
        range.setStart(a.node, a.offset);
        range.setEnd(a.node, a.offset + length);
        const rect = range.getClientRects()[0]!;
        return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
      };
      const last = needle.length - (/[\udc00-\udfff]$/u.test(needle) ? 2 : 1);
      return { first: box(at, /^[\ud800-\udbff]/u.test(needle) ? 2 : 1), last: box(at + last, needle.length - last) };
    },
    { needle, occurrence },
  );
}

/** Drags the real mouse from the first to the last character of `needle` (right to left for RTL text). */
export async function dragSelect(
  page: Page,
  needle: string,
  options: { occurrence?: number; rtl?: boolean } = {},
): Promise<void> {
  const { first, last } = await charBoxes(page, needle, options.occurrence);
  const y1 = (first.top + first.bottom) / 2;
  const y2 = (last.top + last.bottom) / 2;
  const x1 = options.rtl ? first.right - 0.5 : first.left + 0.5;
  const x2 = options.rtl ? last.left + 0.5 : last.right - 0.5;
  await page.mouse.move(x1, y1);
  await page.mouse.down();
  await page.mouse.move((x1 + x2) / 2, (y1 + y2) / 2, { steps: 4 });
  await page.mouse.move(x2, y2, { steps: 4 });
  await page.mouse.up();
}

/** Clicks the middle of a character of the `occurrence`-th `needle` (its first by default). */
export async function clickText(
  page: Page,
  needle: string,
  options: { occurrence?: number; char?: 'first' | 'last' } = {},
): Promise<void> {
  const boxes = await charBoxes(page, needle, options.occurrence);
  const box = options.char === 'last' ? boxes.last : boxes.first;
  await page.mouse.click((box.left + box.right) / 2, (box.top + box.bottom) / 2);
}

/** Clicks just inside the start edge of the first character of `needle`, putting the caret before it. */
export async function placeCaretBefore(
  page: Page,
  needle: string,
  options: { occurrence?: number } = {},
): Promise<void> {
  const { first } = await charBoxes(page, needle, options.occurrence);
  await page.mouse.click(first.left + 1, (first.top + first.bottom) / 2);
}

/** Turns word snapping off (or on) with the toolbar's toggle. */
export async function setSnapToWords(page: Page, snap: boolean): Promise<void> {
  const toggle = page.getByTestId('snap-toggle');
  if ((await toggle.isChecked()) !== snap) await toggle.click();
}

/** Every span of a document in the project file, read through `spanmark export`. */
export function exportedSpans(served: ServedProject, documentId: string): ExportedSpan[] {
  const out = join(served.dir, `export-${Date.now()}-${Math.random().toString(36).slice(2)}.jsonl`);
  runCliOk(['export', served.path, '--format', 'jsonl', '--out', out]);
  const records = readFileSync(out, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(
      (line) =>
        JSON.parse(line) as {
          id: string;
          text: string;
          spans: (Omit<ExportedSpan, 'covered' | 'technique' | 'note'> & Partial<ExportedSpan>)[];
        },
    );
  const record = records.find((r) => r.id === documentId);
  if (record === undefined) throw new Error(`document ${documentId} is not in the export`);
  const codePoints = Array.from(record.text);
  return record.spans.map((span) => ({
    ...span,
    technique: span.technique ?? null,
    note: span.note ?? '',
    covered: codePoints.slice(span.start, span.end).join(''),
  }));
}

/** Waits until every edit is saved (the toolbar says so). */
export async function expectAllSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

/** The highlight elements of a span in the article. */
export function highlightOf(page: Page, spanId: string) {
  return page.locator(`.ProseMirror [data-span-id="${spanId}"]`);
}

/** The id of the selected span, once the side panel shows it too. */
export async function selectedSpanId(page: Page): Promise<string> {
  // The text marks the selection in the same step that changes it; the panel follows a frame later.
  const id = await page.locator('.ProseMirror .hl-selected[data-marked-span]').first().getAttribute('data-marked-span');
  if (id === null) throw new Error('no span is selected');
  await expect(page.getByTestId('span-details')).toHaveAttribute('data-span-id', id);
  return id;
}
