import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError, SpanmarkError } from '../../shared/errors';
import type { ImportFormat } from '../../shared/formats/formatNames';
import { parseNativeJsonl } from '../../shared/formats/native';
import { parseTxtDocument } from '../../shared/formats/txt';
import { decodeUtf8 } from '../../shared/textDecoding';
import type { ImportRecord } from '../db/importDocuments';

type ConcreteFormat = Exclude<ImportFormat, 'auto'>;

/** Reads the given files and folders lazily as import records; errors name the file and line. */
export function* readImportFiles(paths: string[], format: ImportFormat): Generator<ImportRecord> {
  for (const { file, format: fileFormat } of expandPaths(paths, format)) {
    const bytes = readBytes(file);
    switch (fileFormat) {
      case 'txt':
        yield { document: parseTxtDocument(file, bytes), file, line: null };
        break;
      case 'jsonl':
        for (const { document, line } of parseNativeJsonl(decodeUtf8(bytes, file), file)) {
          yield { document, file, line };
        }
        break;
    }
  }
}

function expandPaths(paths: string[], format: ImportFormat): { file: string; format: ConcreteFormat }[] {
  const files: { file: string; format: ConcreteFormat }[] = [];
  for (const path of paths) {
    const stat = statOrFail(path);
    if (stat.isDirectory()) {
      const entries = readdirSync(path)
        .filter((name) => formatOf(name, format) !== null)
        .sort();
      if (entries.length === 0) {
        throw new InputError(path, null, `the folder holds no ${format === 'auto' ? '.txt or .jsonl' : `.${format}`} files to import`);
      }
      for (const name of entries) files.push({ file: join(path, name), format: formatOf(name, format)! });
    } else {
      const fileFormat = format === 'auto' ? formatOf(path, format) : format;
      if (fileFormat === null) {
        throw new InputError(path, null, 'cannot tell the format from the file name; pass --format txt or --format jsonl');
      }
      files.push({ file: path, format: fileFormat });
    }
  }
  return files;
}

// A folder contributes the files with a matching extension; a file named outright takes an explicit format.
function formatOf(name: string, format: ImportFormat): ConcreteFormat | null {
  const extension = extname(name).toLowerCase();
  const byExtension: ConcreteFormat | null = extension === '.txt' ? 'txt' : extension === '.jsonl' ? 'jsonl' : null;
  if (format === 'auto') return byExtension;
  return byExtension === format ? format : null;
}

function statOrFail(path: string) {
  try {
    return statSync(path);
  } catch {
    throw new SpanmarkError('not_found', `${path}: no such file or folder`);
  }
}

function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new SpanmarkError('io', `${file}: cannot read the file (${(error as Error).message})`);
  }
}
