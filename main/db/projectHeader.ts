// Reads the 100-byte SQLite header of a file directly, so a file can be recognised (or refused)
// without opening it through SQLite, which would create `-wal` and `-shm` files beside it.
import { closeSync, openSync, readSync } from 'node:fs';

const SQLITE_MAGIC = 'SQLite format 3\0';

/** What the header of a file says: whether it is SQLite at all, its application id and schema version. */
export interface FileHeader {
  sqlite: boolean;
  applicationId: number;
  userVersion: number;
  /** WAL mode (format bytes 18 and 19 are 2). */
  wal: boolean;
}

/** Reads the header of the file at `path`; file system errors (EACCES, …) are thrown as they are. */
export function readFileHeader(path: string): FileHeader {
  const header = Buffer.alloc(100);
  const handle = openSync(path, 'r');
  let length: number;
  try {
    length = readSync(handle, header, 0, header.length, 0);
  } finally {
    closeSync(handle);
  }
  if (length < header.length || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    return { sqlite: false, applicationId: 0, userVersion: 0, wal: false };
  }
  return {
    sqlite: true,
    userVersion: header.readInt32BE(60),
    applicationId: header.readInt32BE(68),
    wal: header[18] === 2,
  };
}
