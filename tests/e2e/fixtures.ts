import { test as base } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runCliOk, startServing } from '../helpers/cli';
import { makeTempDir } from '../helpers/tempDir';

/** A temp project with the bundled samples, served by `spanmark serve` for one test. */
export interface ServedProject {
  path: string;
  dir: string;
  url: string;
  /** Imports native JSONL records into the project (before or while it is served). */
  importJsonl(records: unknown[]): void;
}

export const test = base.extend<{ served: ServedProject; serveOptions: { annotator?: string } }>({
  serveOptions: [{}, { option: true }],
  served: async ({ serveOptions }, use) => {
    const temp = makeTempDir('spanmark-e2e-');
    const path = join(temp.dir, 'e2e.spanmark');
    runCliOk(['init', path]);
    runCliOk(['import', path, join(REPO_ROOT, 'seeds')]);
    const args = ['serve', path, ...(serveOptions.annotator ? ['--annotator', serveOptions.annotator] : [])];
    const server = await startServing(args);
    let counter = 0;
    await use({
      path,
      dir: temp.dir,
      url: server.url,
      importJsonl(records) {
        const file = join(temp.dir, `import-${++counter}.jsonl`);
        writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
        runCliOk(['import', path, file]);
      },
    });
    await server.stop();
    temp.cleanup();
  },
});

export { expect } from '@playwright/test';
