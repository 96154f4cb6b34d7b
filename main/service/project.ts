import { basename } from 'node:path';
import { defaultScheme } from '../../shared/defaultScheme';
import { closeProjectDb } from '../db/checkpoint';
import { createProjectFile } from '../db/createProjectFile';
import { openProjectDb, type Db } from '../db/open';
import { logOperation } from '../db/operations';
import { getProjectMeta, setProjectMeta } from '../db/projectMeta';
import { insertScheme } from '../db/scheme';
import { writeTransaction } from '../db/writeTransaction';

/** An open project file. */
export interface Project {
  path: string;
  name: string;
  db: Db;
}

export interface ProjectOpenOptions {
  nativeBinding?: string;
  /** Open a damaged project anyway, only to copy what can be read. */
  allowDamaged?: boolean;
  /** Files larger than this are checked for damage in the background instead of when they open. */
  quickCheckMaxBytes?: number;
}

export interface ProjectCreateOptions extends ProjectOpenOptions {
  name?: string;
  /** Fills the new project before it gets its real name (the default project's samples). */
  fill?: (db: Db) => void;
}

/**
 * Creates a project with the default label scheme (and what `fill` adds); refuses a path that
 * exists. It is built under a temporary name and renamed into place when complete.
 */
export function createProject(path: string, options: ProjectCreateOptions = {}): Project {
  const name = options.name ?? projectNameFromPath(path);
  createProjectFile(path, (partial) => {
    const db = openProjectDb(partial, { create: true, nativeBinding: options.nativeBinding });
    try {
      writeTransaction(db, () => {
        insertScheme(db, defaultScheme());
        setProjectMeta(db, 'name', name);
        logOperation(db, 'project.create', null, { name });
      });
      options.fill?.(db);
    } finally {
      // Closing folds the WAL into the file, so the rename moves everything.
      closeProjectDb(db);
    }
  });
  return openProject(path, options);
}

/** Opens an existing project file. */
export function openProject(path: string, options: ProjectOpenOptions = {}): Project {
  const db = openProjectDb(path, {
    nativeBinding: options.nativeBinding,
    allowDamaged: options.allowDamaged,
    quickCheckMaxBytes: options.quickCheckMaxBytes,
  });
  return { path, name: getProjectMeta(db, 'name') ?? projectNameFromPath(path), db };
}

function projectNameFromPath(path: string): string {
  return basename(path).replace(/\.spanmark$/iu, '');
}
