// For every format that reads and writes: export → import into a new project → export gives the
// same bytes. What a format cannot express is lost in the first export, never in the second.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_MARKER } from '../../../main/service/exporting/targetSafety';
import { EXPORT_FORMATS, IMPORT_FORMATS } from '../../../shared/formats/formatNames';
import { runCliOk } from '../../helpers/cli';
import { codePointRange, MULTILINGUAL_TEXT } from '../../helpers/multilingualText';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let project: string;

const text = MULTILINGUAL_TEXT;
const documents = [
  {
    id: 'multi',
    text,
    spans: [
      { id: 's1', ...codePointRange(text, '👋🏽 world'), label: 'claim', annotator: 'ana', note: 'greeting' },
      { id: 's2', ...codePointRange(text, '🇺🇳 aid arrived.'), label: 'evidence', annotator: 'ana' },
      { id: 's3', ...codePointRange(text, '中文的主张'), label: 'propaganda', technique: 'Doubt', annotator: 'ana' },
    ],
    relations: [{ id: 'r1', type: 'supports', from: 's2', to: 's1', annotator: 'ana' }],
    status: { ana: 'done' },
  },
  {
    id: 'plain',
    text: 'The minister said the report was a hoax.\r\nOthers disagreed.',
    spans: [{ id: 'p1', start: 4, end: 12, label: 'opinion', annotator: 'ana' }],
  },
];

beforeAll(() => {
  temp = makeTempDir();
  project = join(temp.dir, 'source.spanmark');
  runCliOk(['init', project]);
  const input = join(temp.dir, 'in.jsonl');
  writeFileSync(input, documents.map((d) => JSON.stringify(d)).join('\n') + '\n');
  runCliOk(['import', project, input]);
});
afterAll(() => temp.cleanup());

/** Every file an export wrote, by path relative to the export (one entry for a single file). */
function contents(path: string): Record<string, string> {
  if (!statSync(path).isDirectory()) return { '.': readFileSync(path, 'utf8') };
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      // The marker names the export's time, which differs from one export to the next.
      else if (entry.name !== EXPORT_MARKER) files[relative(path, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(path);
  return files;
}

const roundTripFormats = EXPORT_FORMATS.filter((format) => (IMPORT_FORMATS as readonly string[]).includes(format));
// Formats that write their offset unit into the file, so a UTF-16 export reads back exactly. The
// others have no place for it (the CLI message states it) and read offsets as code points.
const UNIT_IN_FILE: readonly string[] = ['jsonl', 'labelstudio', 'webanno'];
const cases = roundTripFormats.flatMap((format) => [
  [format, 'codepoint'],
  ...(UNIT_IN_FILE.includes(format) ? [[format, 'utf16']] : []),
]);

// PTC label files carry no text: an import reads them with the article<ID>.txt files.
function textsFor(format: string): string[] {
  if (format !== 'ptc') return [];
  const folder = join(temp.dir, 'ptc-articles');
  mkdirSync(folder, { recursive: true });
  for (const document of documents) writeFileSync(join(folder, `article${document.id}.txt`), document.text);
  return [folder];
}

describe('round trips through the CLI', () => {
  it.each(cases)('%s with %s offsets: export → import → export is identical', (format, offsets) => {
    const first = join(temp.dir, `first-${format}-${offsets}`);
    runCliOk(['export', project, '--format', format, '--out', first, '--offsets', offsets]);
    const copy = join(temp.dir, `copy-${format}-${offsets}.spanmark`);
    runCliOk(['init', copy]);
    runCliOk(['import', copy, first, ...textsFor(format), '--format', format]);
    const second = join(temp.dir, `second-${format}-${offsets}`);
    runCliOk(['export', copy, '--format', format, '--out', second, '--offsets', offsets]);
    expect(contents(second)).toEqual(contents(first));
  });
});
