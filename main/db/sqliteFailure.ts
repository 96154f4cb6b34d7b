// Turns what SQLite and the file system report into errors a researcher can act on: a locked,
// read-only, full, unreadable or damaged project says so, instead of "not a Spanmark project".
import { SpanmarkError } from '../../shared/errors';

/** The codes better-sqlite3 (SqliteError) and Node (ErrnoException) put on their errors. */
interface CodedError {
  code?: unknown;
  message?: unknown;
}

/** How long a writer waits for another writer to finish before giving up with `busy`. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * The SpanmarkError that says what a failure of SQLite or the file system means for the project
 * at `path`, or null when the failure is none of the known causes.
 */
export function sqliteFailure(error: unknown, path: string): SpanmarkError | null {
  if (error instanceof SpanmarkError) return error;
  const { code, message } = error as CodedError;
  const text = typeof message === 'string' ? message : String(error);
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new SpanmarkError(
      'busy',
      `${path} is locked by another program or window that is writing to it; wait a moment and try again (the change was not saved)`,
    );
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new SpanmarkError(
      'io',
      `the disk that holds ${path} is full; free some space and try again (the change was not saved)`,
    );
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') {
    return new SpanmarkError(
      'io',
      `${path} is read-only (a read-only disk or folder, or a file without write permission); copy it to a writable folder, or merge it into another project, which only reads it`,
    );
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
    return new SpanmarkError(
      'io',
      `permission denied for ${path}; check that you may read and write the file and its folder`,
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return new SpanmarkError(
      'io',
      `${path} cannot be opened (${text}); check that the file and its folder exist and that you may read and write them`,
    );
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new SpanmarkError('io', `reading or writing ${path} failed (${text}); check the disk, then try again`);
  }
  if (code.startsWith('SQLITE_CORRUPT')) return damagedProject(path, text);
  return null;
}

/** The refusal to touch a damaged project, with the ways out. */
export function damagedProject(path: string, detail: string): SpanmarkError {
  return new SpanmarkError(
    'damaged',
    `${path} is damaged (${detail}); Spanmark will not write into it. Save what can still be read with \`spanmark copy ${path} <new file>\` and check the copy, or go back to your last backup of the project.`,
  );
}
