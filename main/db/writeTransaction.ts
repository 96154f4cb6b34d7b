// Every write goes through here. An IMMEDIATE transaction takes the write lock when it begins, so
// a second writer (another window, `serve`, a CLI import, a job worker) waits in SQLite's busy
// handler instead of failing: a deferred transaction that turns from read into write cannot wait
// and fails at once with "database is locked".
import { refuseWriteIfDamaged } from './damagedProjects';
import type { Db } from './open';
import { sqliteFailure } from './sqliteFailure';

/** Runs `body` in one immediate transaction (a savepoint when one is already open); a lock that stays busy becomes a `busy` error. */
export function writeTransaction<T>(db: Db, body: () => T): T {
  refuseWriteIfDamaged(db);
  try {
    return db.transaction(body).immediate();
  } catch (error) {
    throw sqliteFailure(error, db.name) ?? error;
  }
}
