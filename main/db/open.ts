import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { SpanmarkError } from '../../shared/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { markDamaged } from './damagedProjects';
import { readFileHeader, type FileHeader } from './projectHeader';
import { BUSY_TIMEOUT_MS, damagedProject, sqliteFailure } from './sqliteFailure';
import { writeTransaction } from './writeTransaction';

export type Db = Database.Database;

/** Marks a SQLite file as a Spanmark project ("SPMK"), so other databases are refused. */
export const SPANMARK_APPLICATION_ID = 0x53504d4b;

export interface OpenOptions {
  /** Create the file when it does not exist (and refuse one that does). */
  create?: boolean;
  /** Open a damaged file anyway, to copy what can be read; every write into it is refused. */
  allowDamaged?: boolean;
  /** Files larger than this are not checked when they open (default QUICK_CHECK_MAX_BYTES); a long-lived window checks them in the background. */
  quickCheckMaxBytes?: number;
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
  if (exists) {
    checkExistingFile(path);
    checkWritable(path);
  }
  let db: Db;
  try {
    db = new Database(path, { nativeBinding: options.nativeBinding });
  } catch (error) {
    throw sqliteFailure(error, path) ?? error;
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // FULL: a committed change survives a power cut, not only a crash of the app.
    db.pragma('synchronous = FULL');
    if (options.create) db.pragma(`application_id = ${SPANMARK_APPLICATION_ID}`);
    if (exists) {
      // The header on disk can lag behind the WAL; the version SQLite reads is the real one.
      refuseNewerVersion(path, db.pragma('user_version', { simple: true }) as number);
      checkIntact(db, path, options);
    }
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw sqliteFailure(error, path) ?? error;
  }
}

/**
 * Opens another project file to read from it (e.g. to merge it) without changing it in any way:
 * no migration, no pragma that writes, and nothing created beside it, so a file on a read-only
 * medium (a USB stick, a CD, a read-only share) can be read. Files of this or an older schema can be read.
 */
export function openProjectReadOnly(path: string, options: Pick<OpenOptions, 'nativeBinding'> = {}): Db {
  if (!existsSync(path)) throw new SpanmarkError('not_found', `${path}: no such project file`);
  const header = checkExistingFile(path);
  try {
    // Recent commits still in a WAL beside the file are read through SQLite; otherwise the file is
    // read into memory, as a rollback-journal database, and SQLite never touches the folder.
    if (header.wal && existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0) {
      return new Database(path, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    }
    const bytes = readFileSync(path);
    bytes[18] = 1;
    bytes[19] = 1;
    return new Database(bytes, { readonly: true, nativeBinding: options.nativeBinding });
  } catch (error) {
    throw sqliteFailure(error, path) ?? error;
  }
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

/** Files above this size are not checked when they open (about a second per 50 MB) but in the background (main/db/integrityCheck.ts). */
export const QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024;

/** Whether opening the file at `path` checks it for damage (small enough), or a background check must. */
export function isCheckedWhenOpening(path: string, maxBytes = QUICK_CHECK_MAX_BYTES): boolean {
  return path === ':memory:' || statSync(path).size <= maxBytes;
}

// SQLite's quick_check reads every page once (not the index cross-checks of integrity_check): a
// damaged page is found before anything is written into the file.
function checkIntact(db: Db, path: string, options: OpenOptions): void {
  if (!isCheckedWhenOpening(path, options.quickCheckMaxBytes)) return;
  let problems: string[];
  try {
    problems = (db.pragma('quick_check(3)') as { quick_check: string }[]).map((row) => row.quick_check);
  } catch (error) {
    problems = [(error as Error).message];
  }
  if (problems.length === 1 && problems[0] === 'ok') return;
  const detail = problems.join('; ');
  if (!options.allowDamaged) throw damagedProject(path, detail);
  markDamaged(db, path, detail);
}

// Read-only look before any write: a newer or foreign file must not be touched at all.
function checkExistingFile(path: string): FileHeader {
  if (statSync(path).isDirectory()) {
    throw new SpanmarkError('not_a_project', `${path} is a folder, not a Spanmark project file`);
  }
  let header: FileHeader;
  try {
    header = readFileHeader(path);
  } catch (error) {
    throw sqliteFailure(error, path) ?? new SpanmarkError('io', `${path} cannot be read (${(error as Error).message})`);
  }
  if (header.applicationId !== SPANMARK_APPLICATION_ID) {
    throw new SpanmarkError(
      'not_a_project',
      `${path} is not a Spanmark project (it is ${header.applicationId === 0 ? 'an empty file, not a database, or another program’s database' : 'another program’s database'}); open a .spanmark file or create one with \`spanmark init\``,
    );
  }
  refuseNewerVersion(path, header.userVersion);
  return header;
}

function refuseNewerVersion(path: string, version: number): void {
  if (version > LATEST_SCHEMA_VERSION) {
    throw new SpanmarkError(
      'newer_version',
      `${path} was written by a newer version of Spanmark (schema ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}); update Spanmark to open it. The file was not changed.`,
    );
  }
}

// SQLite would open a file it cannot write read-only without a word; say why instead.
function checkWritable(path: string): void {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
  } catch (error) {
    throw sqliteFailure(error, path) ?? error;
  }
}
