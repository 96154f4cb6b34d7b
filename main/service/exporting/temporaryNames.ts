// The temporary names an export writes beside its target. Each job has its own (process id plus a
// random id), so concurrent exports to one target never share a file; the process id lets the next
// export to that target, the next opening of a project and the next host start tell a crashed
// export's leftovers from a running one's.
import { randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { processIsAlive } from '../../uploads/hostFolders';

type TemporaryKind = 'partial' | 'previous';

/** A fresh temporary name beside `out`: `<out>.partial-<pid>-<id>` for the export being written, `.previous-` for the one it replaces. */
export function temporaryName(out: string, kind: TemporaryKind): string {
  return `${out}.${kind}-${process.pid}-${randomBytes(6).toString('hex')}`;
}

/**
 * Removes what crashed exports to `out` left: their partial files, and the earlier export a crash
 * had moved aside, which is put back when nothing took its place. Leftovers of live processes stay.
 */
export function removeStaleTemporaries(out: string): void {
  const folder = dirname(out);
  const pattern = new RegExp(`^${escapeRegExp(basename(out))}\\.(partial|previous)-(\\d+)(?:-[0-9a-f]+)?$`, 'u');
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const match = pattern.exec(name);
    if (match === null || processIsAlive(Number(match[2])) || !ownedByMe(join(folder, name))) continue;
    const path = join(folder, name);
    try {
      if (match[1] === 'previous' && !pathExists(out)) renameSync(path, out);
      else rmSync(path, { recursive: true, force: true });
    } catch {
      // Another export cleaning up at the same moment; what is left is its to remove.
    }
  }
}

/** Removes what crashed exports left anywhere directly in `folder` (run when a project opens or a host starts). */
export function removeStaleTemporariesIn(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  const targets = new Set<string>();
  for (const name of names) {
    // Only names this version writes (pid and a 12-digit hex id), never a user's `notes.partial-2024`.
    const match = /^(.+)\.(?:partial|previous)-\d+-[0-9a-f]{12}$/u.exec(name);
    if (match !== null) targets.add(match[1]!);
  }
  for (const target of targets) removeStaleTemporaries(join(folder, target));
}

function ownedByMe(path: string): boolean {
  try {
    return process.getuid === undefined || lstatSync(path).uid === process.getuid();
  } catch {
    return false;
  }
}

/** Whether anything, even a dangling link, is at `path`. */
export function pathExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
