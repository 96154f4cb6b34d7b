import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { importDocuments } from '../db/importDocuments';
import { createProject, openProject, type Project, type ProjectOpenOptions } from '../service/project';
import { readImportFiles } from '../service/importing/readImportFiles';

/** File name of the project opened when none is given. */
export const DEFAULT_PROJECT_FILE = 'default.spanmark';

/**
 * Opens the default project in `dataDir`, creating it with the bundled sample articles from
 * `seedsDir` the first time. Like every new project it is built under a temporary name and
 * renamed into place, so a crash never leaves a default project without its samples.
 */
export function openDefaultProject(dataDir: string, seedsDir: string, options: ProjectOpenOptions = {}): Project {
  const path = join(dataDir, DEFAULT_PROJECT_FILE);
  if (existsSync(path)) return openProject(path, options);
  mkdirSync(dataDir, { recursive: true });
  return createProject(path, {
    ...options,
    name: 'default',
    fill: (db) => importDocuments(db, readImportFiles([seedsDir], 'txt')),
  });
}
