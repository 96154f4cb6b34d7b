import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { InputError, SpanmarkError } from '../../../shared/errors';
import type { InputFile, ParseItem } from '../../../shared/formats/codec';
import type { ImportFormat } from '../../../shared/formats/formatNames';
import { IMPORT_CODECS } from '../../../shared/formats/registry';
import { diskInputFile, type ReadMeter } from './diskInputFile';

type ConcreteFormat = Exclude<ImportFormat, 'auto'>;

/** The files of one import, grouped by the format that reads them, and their total size. */
export interface ImportSources {
  groups: { format: ConcreteFormat; files: InputFile[] }[];
  totalBytes: number;
  meter: ReadMeter;
}

/** Finds the files to import under the given paths; folders are searched recursively. */
export function findImportSources(paths: string[], format: ImportFormat): ImportSources {
  const meter: ReadMeter = { bytesRead: 0 };
  const groups: ImportSources['groups'] = [];
  let totalBytes = 0;
  const add = (fileFormat: ConcreteFormat, path: string, name: string) => {
    totalBytes += statSync(path).size;
    let group = groups.at(-1);
    if (group === undefined || group.format !== fileFormat) groups.push((group = { format: fileFormat, files: [] }));
    group.files.push(diskInputFile(path, name, meter));
  };
  for (const path of paths) {
    const stat = statOrFail(path);
    if (stat.isDirectory()) {
      const found = filesUnder(path)
        .map((file) => ({ file, name: relative(path, file).split(sep).join('/') }))
        .map((entry) => ({ ...entry, format: formatOf(entry.name, format) }))
        .filter((entry): entry is typeof entry & { format: ConcreteFormat } => entry.format !== null);
      if (found.length === 0) {
        throw new InputError(
          path,
          null,
          `the folder holds no files to import as ${format === 'auto' ? '.txt or .jsonl' : format}`,
        );
      }
      for (const entry of found) add(entry.format, entry.file, entry.name);
    } else {
      const fileFormat = format === 'auto' ? formatOf(path, format) : format;
      if (fileFormat === null) {
        throw new InputError(
          path,
          null,
          'cannot tell the format from the file name; pass --format (see `spanmark import --help`)',
        );
      }
      add(fileFormat, path, basename(path));
    }
  }
  return { groups, totalBytes, meter };
}

/** Parses the sources, format by format, in the order the user gave them. */
export function* parseSources(sources: ImportSources): Generator<ParseItem> {
  for (const group of sources.groups) yield* IMPORT_CODECS[group.format].parse(group.files);
}

/** Finds and parses the files of one import. */
export function readImportFiles(paths: string[], format: ImportFormat): Generator<ParseItem> {
  return parseSources(findImportSources(paths, format));
}

// `auto` knows .txt and .jsonl by extension; other formats are named with --format.
function formatOf(name: string, format: ImportFormat): ConcreteFormat | null {
  if (format !== 'auto') return IMPORT_CODECS[format].accepts(name) ? format : null;
  if (IMPORT_CODECS.txt.accepts(name)) return 'txt';
  if (IMPORT_CODECS.jsonl.accepts(name)) return 'jsonl';
  return null;
}

function filesUnder(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

function statOrFail(path: string) {
  try {
    return statSync(path);
  } catch {
    throw new SpanmarkError('not_found', `${path}: no such file or folder`);
  }
}
