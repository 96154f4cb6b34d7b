import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** Writes a native JSONL corpus of `documents` articles with `spansPerDocument` spans each, line by line. */
export async function writeSpanCorpus(
  path: string,
  documents: number,
  spansPerDocument: number,
  idPrefix = 'doc',
): Promise<void> {
  const text = 'The minister said the aid arrived. 👋🏽 中文 مرحبا\r\n'.repeat(
    Math.ceil(Math.max(spansPerDocument * 10, 500) / 45) + 1,
  );
  const out = createWriteStream(path);
  for (let index = 0; index < documents; index++) {
    const spans = Array.from({ length: spansPerDocument }, (_, s) => ({
      id: `s${s}`,
      start: s * 10,
      end: s * 10 + 5,
      label: 'claim',
      annotator: `a${s % 3}`,
    }));
    if (!out.write(`${JSON.stringify({ id: `${idPrefix}${index}`, text, spans, status: { a0: 'done' } })}\n`))
      await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
