// Connections to projects found damaged when they opened (opened only to copy what can be read):
// every write into them is refused, so the damage never spreads into new data.
import type { Db } from './open';
import { damagedProject } from './sqliteFailure';

const damaged = new WeakMap<Db, { path: string; detail: string }>();

/** Marks a connection as opened on a damaged file. */
export function markDamaged(db: Db, path: string, detail: string): void {
  damaged.set(db, { path, detail });
}

/** Throws the `damaged` error when the connection is on a damaged file. */
export function refuseWriteIfDamaged(db: Db): void {
  const found = damaged.get(db);
  if (found !== undefined) throw damagedProject(found.path, found.detail);
}
