#!/usr/bin/env node
// The `spanmark` command: runs the bundled CLI that `npm install` (prepare) or `npm run build` produces.
const { existsSync } = require('node:fs');
const { join, resolve } = require('node:path');

const bundle = join(__dirname, '..', '..', 'dist', 'main', 'cli.cjs');
if (!existsSync(bundle)) {
  process.stderr.write(
    `error: Spanmark is not built yet; run \`npm run build\` in ${resolve(__dirname, '..', '..')}\n`,
  );
  process.exit(1);
}
require(bundle);
