// Shared steps of the keyboard end-to-end tests: a document two annotators disagree on, and the
// project's annotations read back through `spanmark export` (the CLI door of the API).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCliOk } from '../helpers/cli';
import { codePointRange } from '../helpers/multilingualText';
import type { ServedProject } from './fixtures';

export const KEYS_TEXT =
  'The minister said the economy grew by five percent. Critics disagree with him. Officials have not answered the question.';
const on = (needle: string) => codePointRange(KEYS_TEXT, needle);

/** dana's claim and opinion, and erin's evidence over dana's claim: one disagreement for Curate. */
export const KEYS_RECORD = {
  id: 'k1',
  title: 'Keys',
  text: KEYS_TEXT,
  spans: [
    { id: 'd1', annotator: 'dana', label: 'claim', ...on('The minister said the economy grew') },
    { id: 'd2', annotator: 'dana', label: 'opinion', ...on('Critics disagree') },
    { id: 'e1', annotator: 'erin', label: 'evidence', ...on('The minister said the economy grew') },
  ],
};

/** Every document's spans, relations and statuses, as `spanmark export --format jsonl` writes them, sorted. */
export function exportedProject(served: ServedProject): Record<string, unknown> {
  const out = join(served.dir, `keys-${Date.now()}-${Math.random().toString(36).slice(2)}.jsonl`);
  runCliOk(['export', served.path, '--format', 'jsonl', '--out', out]);
  const records = readFileSync(out, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(
      (line) => JSON.parse(line) as { id: string; spans?: { id: string }[]; relations?: unknown[]; status?: unknown },
    );
  return Object.fromEntries(
    records.map((record) => [
      record.id,
      {
        spans: [...(record.spans ?? [])].sort((a, b) => a.id.localeCompare(b.id)),
        relations: record.relations ?? [],
        status: record.status ?? {},
      },
    ]),
  );
}

/** The spans of one annotator in one document of an export. */
export function spansOf(
  project: Record<string, unknown>,
  document: string,
  annotator: string,
): { id: string; label: string; start: number; end: number }[] {
  const spans = (
    project[document] as { spans: { id: string; label: string; start: number; end: number; annotator: string }[] }
  ).spans;
  return spans.filter((span) => span.annotator === annotator);
}
