// Ways to damage a project file on purpose, for the tests of what Spanmark does with damaged files.
import Database from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync, writeSync } from 'node:fs';

const PAGE_SIZE = 4096;

/** Scrambles the b-tree header of a page in the middle of the file: reads of that page fail. */
export function scramblePageInTheMiddle(path: string): void {
  const handle = openSync(path, 'r+');
  writeSync(handle, Buffer.alloc(32, 0xff), 0, 32, Math.floor(statSync(path).size / PAGE_SIZE / 2) * PAGE_SIZE);
  closeSync(handle);
}

/**
 * Frees some pages, then makes the file's count of free pages wrong: every read still works, and
 * only a check of the whole file (not of any one table) finds it.
 */
export function miscountFreePages(path: string): void {
  const db = new Database(path);
  db.exec('CREATE TABLE scratch (filler TEXT)');
  const insert = db.prepare('INSERT INTO scratch VALUES (?)');
  db.transaction(() => {
    for (let row = 0; row < 500; row++) insert.run('x'.repeat(500));
  })();
  db.exec('DROP TABLE scratch');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const handle = openSync(path, 'r+');
  const count = Buffer.alloc(4);
  readSync(handle, count, 0, 4, 36);
  count.writeUInt32BE(count.readUInt32BE(0) + 7, 0);
  writeSync(handle, count, 0, 4, 36);
  closeSync(handle);
}
