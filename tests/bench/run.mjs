// `npm run bench`: every benchmark with its stated targets, through the real CLI and real Chromium.
// Prints the numbers; no test asserts a wall-clock time. Exits 1 when a target is missed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './benchKit.mjs';
import { runAgreementBench } from './agreementBench.mjs';
import { runDatasetsBench } from './datasetsBench.mjs';
import { runEditorBench } from './editorBench.mjs';
import { runSoakBench } from './soakBench.mjs';

/** The format names a command of the built CLI offers. */
function formatsOf(command) {
  const help = runCli([command, '--help']).stdout;
  return /--format <format>[\s\S]*?\(choices: ([^)]*)\)/u
    .exec(help)[1]
    .split(',')
    .map((name) => name.trim().replace(/"/gu, ''));
}

const work = mkdtempSync(join(tmpdir(), 'spanmark-bench-'));
let ok = true;
try {
  const only = process.argv[2];
  // The editor runs first, while the machine is quiet: its targets are per frame.
  if (only === undefined || only === 'editor') ok = (await runEditorBench()) && ok;
  if (only === undefined || only === 'agreement') ok = (await runAgreementBench(work)) && ok;
  if (only === undefined || only === 'datasets')
    ok = (await runDatasetsBench(work, { formats: [...formatsOf('export'), ...formatsOf('import')] })) && ok;
  if (only === undefined || only === 'soak') ok = (await runSoakBench(work)) && ok;
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(ok ? '\nAll targets met.' : '\nSome targets were missed (FAIL above).');
process.exitCode = ok ? 0 : 1;
