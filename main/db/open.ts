import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { SpanmarkError } from '../../shared/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { BUSY_TIMEOUT_MS } from './sqliteFailure';
import { writeTransaction } from './writeTransaction';

export type Db = Database.Database;

/** Marks a SQLite file as a Spanmark project ("SPMK"), so other databases are refused. */
export const SPANMARK_APPLICATION_ID = 0x53504d4b;

export interface OpenOptions {
  /** Create the file when it does not exist (and refuse one that does). */
  create?: boolean;
  /** Path of a better-sqlite3 binary built for this runtime (Electron passes its own). */
  nativeBinding?: string;
}

/** Opens a project file, migrating it to the latest schema; refuses non-projects and newer files untouched. */
export function openProjectDb(path: string, options: OpenOptions = {}): Db {
  const exists = path !== ':memory:' && existsSync(path);
  if (options.create && exists) {
    throw new SpanmarkError('conflict', `${path} already exists; open it instead of creating it`);
  }
  if (!options.create && !exists) {
    throw new SpanmarkError('not_found', `${path}: no such project; create one with \`spanmark init ${path}\``);
  }
  if (exists) checkExistingFile(path, options);
  const db = new Database(path, { nativeBinding: options.nativeBinding });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // FULL: a committed change survives a power cut, not only a crash of the app.
    db.pragma('synchronous = FULL');
    if (options.create) db.pragma(`application_id = ${SPANMARK_APPLICATION_ID}`);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens another project file to read from it (e.g. to merge it) without changing it in any way:
 * no migration and no pragma that writes. Files of this or an older schema can be read.
 */
export function openProjectReadOnly(path: string, options: Pick<OpenOptions, 'nativeBinding'> = {}): Db {
  if (!existsSync(path)) throw new SpanmarkError('not_found', `${path}: no such project file`);
  checkExistingFile(path, options);
  return new Database(path, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
}

/** Runs the migrations the file has not had yet, each in its own transaction. */
export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    writeTransaction(db, () => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    });
  }
}

// Read-only look before any write: a newer or foreign file must not be touched at all.
function checkExistingFile(path: string, options: OpenOptions): void {
  if (statSync(path).isDirectory()) {
    throw new SpanmarkError('not_a_project', `${path} is a folder, not a Spanmark project file`);
  }
  let probe: Db | null = null;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    const applicationId = probe.pragma('application_id', { simple: true }) as number;
    const version = probe.pragma('user_version', { simple: true }) as number;
    if (applicationId !== SPANMARK_APPLICATION_ID) {
      throw new SpanmarkError(
        'not_a_project',
        `${path} is not a Spanmark project (it is ${applicationId === 0 ? 'an empty file or another program’s database' : 'another program’s database'}); open a .spanmark file or create one with \`spanmark init\``,
      );
    }
    if (version > LATEST_SCHEMA_VERSION) {
      throw new SpanmarkError(
        'newer_version',
        `${path} was written by a newer version of Spanmark (schema ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}); update Spanmark to open it. The file was not changed.`,
      );
    }
  } catch (error) {
    if (error instanceof SpanmarkError) throw error;
    throw new SpanmarkError(
      'not_a_project',
      `${path} is not a Spanmark project (${(error as Error).message}); open a .spanmark file or create one with \`spanmark init\``,
    );
  } finally {
    probe?.close();
  }
}
