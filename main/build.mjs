// Bundles the main-process entry points with esbuild. The renderer is built by Vite.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['better-sqlite3', 'electron'],
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['main/cli/index.ts'], outfile: 'dist/main/cli.cjs' }),
  build({ ...common, entryPoints: ['main/start.ts'], outfile: 'dist/main/start.cjs' }),
  build({ ...common, entryPoints: ['main/jobs/jobWorker.ts'], outfile: 'dist/main/jobWorker.cjs' }),
  build({ ...common, entryPoints: ['main/electron/main.ts'], outfile: 'dist/main/electron.cjs' }),
  // The preload runs in a sandbox: one self-contained file with no Node built-ins.
  build({
    ...common,
    platform: 'browser',
    entryPoints: ['main/electron/preload.ts'],
    outfile: 'dist/main/preload.cjs',
  }),
]);
