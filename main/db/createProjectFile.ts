// A new project file appears complete or not at all: it is built under a temporary name in the
// same folder and renamed into place when it is closed, so a crash or `kill -9` during `init` or
// during the first start never leaves a project without its scheme (or samples) at the real name.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { SpanmarkError } from '../../shared/errors';

/** The temporary name a project is built under, beside its final name. */
export function partialProjectPath(path: string): string {
  return `${path}.partial`;
}

/**
 * Runs `build` on a fresh temporary path beside `path` (it must create the file there and close it),
 * then renames the result to `path`. Refuses a `path` that exists; a failed build leaves nothing.
 */
export function createProjectFile(path: string, build: (partialPath: string) => void): void {
  if (existsSync(path)) throw new SpanmarkError('conflict', `${path} already exists; open it instead of creating it`);
  const partial = partialProjectPath(path);
  const leftovers = () =>
    [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`].forEach((file) =>
      rmSync(file, { force: true }),
    );
  // What a killed earlier attempt left behind.
  leftovers();
  try {
    build(partial);
    if (existsSync(path))
      throw new SpanmarkError('conflict', `${path} was created by another program meanwhile; open it instead`);
    renameSync(partial, path);
  } catch (error) {
    leftovers();
    throw error;
  }
}
