// `kill -9` during `spanmark init` leaves no project at the name, so `init` can simply run again.
import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, runCliOk } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('a killed init', () => {
  it('leaves nothing at the project name, and init then succeeds', () => {
    // Loaded before the CLI: kills the process the moment it starts writing the label scheme.
    const killer = join(temp.dir, 'kill-during-scheme.cjs');
    writeFileSync(
      killer,
      `const Database = require(${JSON.stringify(join(REPO_ROOT, 'node_modules', 'better-sqlite3'))});
       const prepare = Database.prototype.prepare;
       Database.prototype.prepare = function (sql) {
         if (/INSERT INTO labels/.test(sql)) process.kill(process.pid, 'SIGKILL');
         return prepare.call(this, sql);
       };`,
    );
    const project = join(temp.dir, 'study.spanmark');
    const killed = runCli(['init', project], { env: { NODE_OPTIONS: `--require ${killer}` } });
    expect(killed.code).toBeNull();
    expect(existsSync(project)).toBe(false);

    runCliOk(['init', project]);
    const db = new Database(project, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM labels').pluck().get()).toBeGreaterThan(4);
    db.close();
    // The killed attempt's temporary file is gone too.
    expect(readdirSync(temp.dir).filter((name) => name.startsWith('study.spanmark.'))).toEqual([]);
  });
});
