// A complete, consistent copy of an open project at any moment: SQLite's VACUUM INTO reads one
// snapshot (every committed edit, WAL included) and writes a compact file. It is written under a
// temporary name beside the target, flushed to disk and renamed, so the target is whole or absent.
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { SpanmarkError } from '../../shared/errors';
import type { Db } from './open';
import { sqliteFailure } from './sqliteFailure';

/** What a copy wrote. */
export interface ProjectCopy {
  path: string;
  bytes: number;
}

/** Files SQLite keeps beside a project; a copy must never land on one of them. */
const COMPANIONS = ['', '-wal', '-shm', '-journal'];

/** Writes a copy of the project open on `db` (stored at `projectPath`) to `out`, replacing a file there. */
export function saveProjectCopy(db: Db, projectPath: string, out: string): ProjectCopy {
  const target = resolve(out);
  refuseProjectFiles(projectPath, target);
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw new SpanmarkError(
      'bad_params',
      `${target} is a folder; give the name of the copy, e.g. ${join(target, basename(projectPath))}`,
    );
  }
  if (!existsSync(dirname(target)))
    throw new SpanmarkError('not_found', `${dirname(target)}: no such folder for the copy`);
  const partial = join(dirname(target), `.${basename(target)}.partial-${randomUUID()}`);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    const handle = openSync(partial, 'r+');
    try {
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    if (error instanceof SpanmarkError) throw error;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT')) {
      throw new SpanmarkError(
        'damaged',
        `${projectPath} is too damaged to copy (${(error as Error).message}); go back to your last backup of the project`,
      );
    }
    const known = sqliteFailure(error, target);
    throw known ?? new SpanmarkError('io', `${target}: cannot write the copy (${(error as Error).message})`);
  }
  return { path: target, bytes: statSync(target).size };
}

// The same file can hide behind another name: a link, `..`, a folder link. Compare real paths.
function refuseProjectFiles(projectPath: string, target: string): void {
  const project = realPathOf(projectPath);
  const candidate = realPathOf(target);
  if (COMPANIONS.some((suffix) => candidate === `${project}${suffix}`)) {
    throw new SpanmarkError(
      'bad_params',
      `${target} is the open project (or one of its files); save the copy under another name`,
    );
  }
}

function realPathOf(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const folder = dirname(absolute);
  return existsSync(folder) ? join(realpathSync(folder), basename(absolute)) : absolute;
}
