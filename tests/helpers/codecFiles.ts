// Folders of real files as a codec sees them, and a codec's parse split into documents and errors.
import { parseAll } from './codecRuns';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ImportCodec, InputFile, ParsedDocument } from '../../shared/formats/codec';
import { diskFile } from './codecIo';

/** Every file under `dir` (sorted), named relative to it with `/` separators, as the CLI names files in a folder it was given. */
export function folderFiles(dir: string, keep: (name: string) => boolean = () => true): InputFile[] {
  const paths: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else paths.push(path);
    }
  };
  walk(dir);
  return paths
    .sort()
    .map((path) => diskFile(path, relative(dir, path).split(sep).join('/')))
    .filter((file) => keep(file.name));
}

/** What a parse yielded: the documents in order and the error messages in order. */
export function splitParse(codec: ImportCodec, files: InputFile[]): { documents: ParsedDocument[]; errors: string[] } {
  const { parsed, errors } = parseAll(codec, files);
  return { documents: parsed, errors };
}

/** The documents of a parse that must have no errors; fails with the messages otherwise. */
export function parseClean(codec: ImportCodec, files: InputFile[]): ParsedDocument[] {
  const { documents, errors } = splitParse(codec, files);
  if (errors.length > 0) throw new Error(`unexpected parse errors:\n${errors.join('\n')}`);
  return documents;
}
