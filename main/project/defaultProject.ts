import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { importDocuments } from '../db/importDocuments';
import { createProject, openProject, type Project, type ProjectOpenOptions } from '../service/project';
import { readImportFiles } from '../service/importing/readImportFiles';

/** File name of the project opened when none is given. */
export const DEFAULT_PROJECT_FILE = 'default.spanmark';

/**
 * Opens the default project in `dataDir`, creating it with the bundled sample articles from
 * `seedsDir` the first time. It is built under a temporary name and renamed into place, so a
 * crash never leaves a default project without its samples.
 */
export function openDefaultProject(dataDir: string, seedsDir: string, options: ProjectOpenOptions = {}): Project {
  const path = join(dataDir, DEFAULT_PROJECT_FILE);
  if (existsSync(path)) return openProject(path, options);
  mkdirSync(dataDir, { recursive: true });
  const partial = `${path}.partial`;
  for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(leftover, { force: true });
  const project = createProject(partial, { ...options, name: 'default' });
  importDocuments(project.db, readImportFiles([seedsDir], 'txt'));
  project.db.close();
  renameSync(partial, path);
  return openProject(path, options);
}
