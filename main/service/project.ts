import { basename } from 'node:path';
import { defaultScheme } from '../../shared/defaultScheme';
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
}

/** Creates an empty project with the default label scheme; refuses a path that exists. */
export function createProject(path: string, options: ProjectOpenOptions & { name?: string } = {}): Project {
  const db = openProjectDb(path, { create: true, nativeBinding: options.nativeBinding });
  const name = options.name ?? projectNameFromPath(path);
  writeTransaction(db, () => {
    insertScheme(db, defaultScheme());
    setProjectMeta(db, 'name', name);
    logOperation(db, 'project.create', null, { name });
  });
  return { path, name, db };
}

/** Opens an existing project file. */
export function openProject(path: string, options: ProjectOpenOptions = {}): Project {
  const db = openProjectDb(path, { nativeBinding: options.nativeBinding });
  return { path, name: getProjectMeta(db, 'name') ?? projectNameFromPath(path), db };
}

function projectNameFromPath(path: string): string {
  return basename(path).replace(/\.spanmark$/iu, '');
}
