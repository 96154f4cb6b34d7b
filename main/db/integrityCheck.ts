// SQLite's quick_check, table by table and then the whole file, so a long check of a large project
// can say how far it is.
// quick_check reads every page of a table and its indexes once (not integrity_check's cross-checks).
import type { Db } from './open';

/** Names SQLite accepts unquoted; a table name from the file's own schema must be one to be checked by name. */
const PLAIN_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/u;

/** The first few problems, enough to name the damage in a message. */
export function damageDetail(problems: string[]): string {
  return problems.slice(0, 3).join('; ');
}

/**
 * Checks every table, then the whole file (what no table owns, such as the list of free pages);
 * returns the problems found (none: an intact file). Progress counts the tables and the last step.
 */
export function quickCheckWithProgress(db: Db, onProgress?: (done: number, total: number) => void): string[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const total = tables.length + 1;
  const problems: string[] = [];
  onProgress?.(0, total);
  tables.forEach((table, index) => {
    if (!PLAIN_IDENTIFIER.test(table)) problems.push(`an unexpected table "${table}"`);
    else problems.push(...quickCheck(db, table));
    onProgress?.(index + 1, total);
  });
  // The whole-file pass finds damage outside the tables; when a table is damaged it would only repeat it.
  if (problems.length === 0) problems.push(...quickCheck(db, null));
  onProgress?.(total, total);
  return problems;
}

function quickCheck(db: Db, table: string | null): string[] {
  try {
    const rows = db.pragma(table === null ? 'quick_check(3)' : `quick_check(${table})`) as { quick_check: string }[];
    return rows.map((row) => row.quick_check).filter((result) => result !== 'ok');
  } catch (error) {
    return [(error as Error).message];
  }
}
