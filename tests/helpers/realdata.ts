// The team's folder of real third-party data sits beside the project (../shared/realdata);
// tests read it in place and never copy it.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

function findRealdata(): string {
  let dir = resolve(__dirname, '..', '..');
  for (;;) {
    const candidate = join(dir, 'shared', 'realdata');
    if (existsSync(join(candidate, 'README.md'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('cannot find shared/realdata beside the project; it must sit in ../shared/realdata');
    dir = parent;
  }
}

/** Absolute path of the team's realdata folder. */
export const REALDATA = findRealdata();

/** A path inside the realdata folder. */
export function realdata(...parts: string[]): string {
  return join(REALDATA, ...parts);
}
