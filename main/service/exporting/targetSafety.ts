// Which paths an export may write. An export replaces what is at its target, so the target must
// never be the open project (or its -wal/-shm/-journal, also through links), and a folder target
// must be new, empty, or an earlier export of the same format, recognised by its marker file.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { SpanmarkError } from '../../../shared/errors';
import { isInside } from '../../uploads/uploadFolder';

/** The file every folder export writes last, naming its format and the files it wrote. */
export const EXPORT_MARKER = '.spanmark-export.json';

/** What the marker file holds. */
export interface ExportMarker {
  spanmark: 'export';
  format: string;
  exportedAt: string;
  files: string[];
}

/** SQLite's companion files of a project, beside it under the same name. */
const PROJECT_FILES = ['', '-wal', '-shm', '-journal'];

const caseless = process.platform === 'darwin' || process.platform === 'win32';
const samePath = (a: string, b: string) => (caseless ? a.toLowerCase() === b.toLowerCase() : a === b);

/** Refuses an export target that is, or (for a folder) holds, the open project. */
export function refuseProjectTarget(out: string, projectPath: string): void {
  const target = resolvedPath(out);
  const targetStats = statOrNull(out);
  const projects = new Set([projectPath, resolvedPath(projectPath)]);
  for (const project of projects) {
    for (const suffix of PROJECT_FILES) {
      const file = project + suffix;
      const fileStats = targetStats === null ? null : statOrNull(file);
      const sameFile =
        targetStats !== null &&
        fileStats !== null &&
        targetStats.dev === fileStats.dev &&
        targetStats.ino === fileStats.ino;
      if (sameFile || samePath(target, file)) {
        const what = suffix === '' ? 'the open project' : `the open project's ${suffix.slice(1)} file`;
        throw new SpanmarkError(
          'conflict',
          `${out} is ${what} (${projectPath}); an export never replaces the project. Choose another file name for the export.`,
        );
      }
    }
    if (targetStats?.isDirectory() && isInside(resolvedPath(project), target)) {
      throw new SpanmarkError(
        'conflict',
        `${out} holds the open project (${projectPath}); a folder export replaces its target, so it cannot go there. Choose a new or empty folder.`,
      );
    }
  }
}

/** Refuses a folder target that holds anything but an earlier export of `format`. */
export function refuseOccupiedFolder(out: string, format: string): void {
  const stats = statOrNull(out);
  if (stats === null) return;
  if (!stats.isDirectory()) {
    throw new SpanmarkError(
      'conflict',
      `${out} is a file; the ${format} format writes a folder. Give the path of a new or empty folder.`,
    );
  }
  const present = filesUnder(out);
  if (present.length === 0) return;
  const marker = readMarker(out);
  if (marker === null) {
    throw new SpanmarkError(
      'conflict',
      `${out} already holds files (${sample(present)}) and is not an earlier Spanmark export; an export never deletes them. Choose a new or empty folder.`,
    );
  }
  if (marker.format !== format) {
    throw new SpanmarkError(
      'conflict',
      `${out} holds an earlier ${marker.format} export; a ${format} export will not replace it. Choose a new or empty folder.`,
    );
  }
  const written = new Set([...marker.files, EXPORT_MARKER]);
  const others = present.filter((file) => !written.has(file));
  if (others.length > 0) {
    throw new SpanmarkError(
      'conflict',
      `${out} holds files the earlier export did not write (${sample(others)}); an export never deletes them. Move them out, or choose a new or empty folder.`,
    );
  }
}

/** Refuses a one-file target that is a folder. */
export function refuseFolderForFile(out: string, format: string): void {
  if (statOrNull(out)?.isDirectory()) {
    throw new SpanmarkError(
      'conflict',
      `${out} is a folder; the ${format} format writes one file. Give a file name, e.g. ${join(out, `export.${format}`)}.`,
    );
  }
}

/** The marker of an earlier export in `folder`, or null when there is none or it is not ours. */
function readMarker(folder: string): ExportMarker | null {
  try {
    const path = join(folder, EXPORT_MARKER);
    if (!lstatSync(path).isFile()) return null;
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<ExportMarker>;
    if (parsed.spanmark !== 'export' || typeof parsed.format !== 'string' || !Array.isArray(parsed.files)) return null;
    return parsed as ExportMarker;
  } catch {
    return null;
  }
}

// Everything but folders, by path inside `folder` with `/`; links are listed, never followed.
function filesUnder(folder: string, prefix = ''): string[] {
  return readdirSync(join(folder, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(folder, path) : [path];
  });
}

function sample(names: string[]): string {
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

// A path with its links resolved: the whole path when it exists, else its folder's.
function resolvedPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    try {
      return join(realpathSync.native(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
