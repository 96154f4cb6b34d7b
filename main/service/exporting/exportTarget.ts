// Where an export is written: into a temporary file or folder beside the target, of this job
// alone, synced to disk and renamed into place only when complete, so a crash or a concurrent
// export never leaves a half-written export (or none at all) under the asked name.
import { spawnSync } from 'node:child_process';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { SpanmarkError } from '../../../shared/errors';
import type { ExportSink } from '../../../shared/formats/codec';
import {
  EXPORT_MARKER,
  refuseFolderForFile,
  refuseOccupiedFolder,
  refuseProjectTarget,
  type ExportMarker,
} from './targetSafety';
import { pathExists, removeStaleTemporaries, temporaryName } from './temporaryNames';

/** A sink being written, and how to finish or abandon it. */
export interface ExportTarget {
  sink: ExportSink;
  commit(): void;
  abandon(): void;
}

/** What a target must know to refuse unsafe places: the export's format and the open project. */
export interface TargetOptions {
  format: string;
  projectPath: string;
}

const WRITE_BUFFER_CHARS = 1 << 20;
/** How often a folder commit retries when a concurrent export took the name between its two renames. */
const COMMIT_ATTEMPTS = 20;

/** A sink for one file at `out`. */
export function fileTarget(out: string, options: TargetOptions): ExportTarget {
  const check = () => {
    refuseProjectTarget(out, options.projectPath);
    refuseFolderForFile(out, options.format);
  };
  check();
  removeStaleTemporaries(out);
  const temporary = temporaryName(out, 'partial');
  const fd = guard(out, () => openSync(temporary, 'wx', 0o644));
  let closed = false;
  // Writers hand over a line at a time; one system call per line would dominate large exports.
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    if (pendingLength === 0) return;
    writeSync(fd, pending.join(''));
    pending = [];
    pendingLength = 0;
  };
  const close = () => {
    if (!closed) closeSync(fd);
    closed = true;
  };
  return {
    sink: {
      write: (chunk) => {
        pending.push(chunk);
        pendingLength += chunk.length;
        if (pendingLength >= WRITE_BUFFER_CHARS) flush();
      },
      writeFile: () => {
        throw new Error('this format writes one file; writeFile is for folder formats');
      },
    },
    commit() {
      guard(out, () => {
        flush();
        fsyncSync(fd);
        close();
      });
      check();
      guard(out, () => renameSync(temporary, out));
      syncFolder(dirname(out));
    },
    abandon() {
      close();
      rmSync(temporary, { force: true });
    },
  };
}

/** A sink for a folder of files at `out`: a new or empty folder, or an earlier export of the same format, which is replaced whole. */
export function folderTarget(out: string, options: TargetOptions): ExportTarget {
  const check = () => {
    refuseProjectTarget(out, options.projectPath);
    refuseOccupiedFolder(out, options.format);
  };
  check();
  removeStaleTemporaries(out);
  const temporary = temporaryName(out, 'partial');
  guard(out, () => {
    mkdirSync(dirname(temporary), { recursive: true });
    mkdirSync(temporary);
  });
  const written: string[] = [];
  const folders = new Set([temporary]);
  const writeFileAt = (path: string, content: string) => {
    const fd = openSync(path, 'w', 0o644);
    try {
      writeSync(fd, content);
    } finally {
      closeSync(fd);
    }
  };
  return {
    sink: {
      write: () => {
        throw new Error('this format writes a folder; write is for one-file formats');
      },
      writeFile(relativePath, content) {
        const path = resolve(temporary, relativePath);
        const inside = relative(temporary, path);
        if (inside === '..' || inside.startsWith(`..${sep}`) || inside === '') {
          throw new SpanmarkError('io', `${relativePath}: a document id cannot point outside the export folder`);
        }
        const name = inside.split(sep).join('/');
        if (name === EXPORT_MARKER)
          throw new SpanmarkError('io', `${relativePath}: this name is kept for the export's marker file`);
        guard(out, () => {
          mkdirSync(dirname(path), { recursive: true });
          folders.add(dirname(path));
          writeFileAt(path, content);
        });
        written.push(name);
      },
    },
    commit() {
      const marker: ExportMarker = {
        spanmark: 'export',
        format: options.format,
        exportedAt: new Date().toISOString(),
        files: written,
      };
      guard(out, () => {
        writeFileAt(resolve(temporary, EXPORT_MARKER), `${JSON.stringify(marker, null, 1)}\n`);
        syncFolderContents(temporary, [...written, EXPORT_MARKER], folders);
      });
      check();
      guard(out, () => swapIn(temporary, out));
      syncFolder(dirname(out));
    },
    abandon() {
      rmSync(temporary, { recursive: true, force: true });
    },
  };
}

/**
 * Puts the finished folder at `out`: the earlier export is renamed aside, the new one renamed in,
 * then the earlier one removed; if the second rename fails the earlier one goes back. A concurrent
 * export may take the name between the two renames; then this one tries again, so the target
 * always ends holding one complete export.
 */
function swapIn(temporary: string, out: string): void {
  for (let attempt = 1; ; attempt++) {
    const previous = temporaryName(out, 'previous');
    let movedAside = false;
    try {
      if (pathExists(out)) {
        renameSync(out, previous);
        movedAside = true;
      }
      renameSync(temporary, out);
      if (movedAside) rmSync(previous, { recursive: true, force: true });
      return;
    } catch (error) {
      if (movedAside) putBack(previous, out);
      const code = (error as NodeJS.ErrnoException).code;
      const raced = code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOENT' || code === 'EPERM';
      if (!raced || attempt >= COMMIT_ATTEMPTS) throw error;
    }
  }
}

function putBack(previous: string, out: string): void {
  try {
    renameSync(previous, out);
  } catch {
    // Another export's complete folder is at the name now; the one moved aside is older.
    rmSync(previous, { recursive: true, force: true });
  }
}

/**
 * Puts a finished folder's files on disk before it is renamed into place. One fsync per file costs
 * seconds for a folder of thousands of documents; on Linux `sync -f` flushes the whole file system
 * in one call, and elsewhere (or if that fails) each file is synced.
 */
function syncFolderContents(root: string, files: string[], folders: Set<string>): void {
  const flushed = process.platform === 'linux' && spawnSync('sync', ['-f', root], { stdio: 'ignore' }).status === 0;
  if (!flushed) {
    for (const file of files) {
      const fd = openSync(resolve(root, file), 'r+');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  }
  folders.forEach(syncFolder);
}

// Makes the renames and new names in a folder durable; not every platform can open a folder.
function syncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot fsync a folder; its renames are durable once they return.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function guard<T>(out: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof SpanmarkError) throw error;
    throw new SpanmarkError('io', `${out}: cannot write the export (${(error as Error).message})`);
  }
}
