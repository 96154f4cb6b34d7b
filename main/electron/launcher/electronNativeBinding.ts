import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { electronVersion, packageVersion } from './electronBinary';

/**
 * Path of a better-sqlite3 binary built for the installed Electron's ABI, under `cacheRoot`
 * (outside node_modules), building it on first use. The Node build in node_modules is never
 * touched: the CLI and the tests load it.
 */
export function ensureElectronNativeBinding(cacheRoot: string, log: (line: string) => void = console.error): string {
  const sqliteManifest = require.resolve('better-sqlite3/package.json');
  const electron = electronVersion();
  const sqlite = packageVersion(sqliteManifest);
  // Every input of the ABI is in the name, so an upgrade of either package builds afresh.
  const folder = `electron-${electron}-better-sqlite3-${sqlite}-${process.platform}-${process.arch}`;
  const target = join(cacheRoot, folder, 'better_sqlite3.node');
  if (existsSync(target)) return target;

  log(`Building better-sqlite3 ${sqlite} for Electron ${electron}; this happens once and takes a minute or two…`);
  const work = mkdtempSync(join(tmpdir(), 'spanmark-electron-sqlite-'));
  try {
    const source = dirname(sqliteManifest);
    const copy = join(work, 'better-sqlite3');
    // The copy leaves out node_modules' own build/, which is for Node and must not be reused.
    cpSync(source, copy, { recursive: true, filter: (path) => path !== join(source, 'build') });
    runNodeGyp(copy, electron, log);
    mkdirSync(dirname(target), { recursive: true });
    // Copied under another name and renamed, so an interrupted build never leaves a broken cache.
    const partial = `${target}.${process.pid}.partial`;
    copyFileSync(join(copy, 'build', 'Release', 'better_sqlite3.node'), partial);
    renameSync(partial, target);
    log(`Built ${target}`);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function runNodeGyp(packageDir: string, electron: string, log: (line: string) => void): void {
  const args = [
    nodeGypScript(),
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electron}`,
    `--arch=${process.arch}`,
    '--dist-url=https://electronjs.org/headers',
    // Electron's headers apart from Node's, where @electron/rebuild keeps them too.
    `--devdir=${join(homedir(), '.electron-gyp')}`,
  ];
  const result = spawnSync(process.execPath, args, {
    cwd: packageDir,
    env: withoutNpmConfig(process.env),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status === 0) return;
  // The end of node-gyp's output says what was missing; the error itself stays one line.
  log(`${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n'));
  const reason = result.error?.message ?? `exited with ${result.status}`;
  throw new Error(
    `could not build better-sqlite3 for Electron ${electron} (node-gyp ${reason}); ` +
      "it needs Python, a C++ compiler and Electron's headers from electronjs.org",
  );
}

// node-gyp lets npm_config_* variables override its arguments, and under `npm start` they carry
// the user's npmrc: a `nodedir` there would silently build against Node's headers instead.
function withoutNpmConfig(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_(package_)?config_/iu.test(key)));
}

// npm tells scripts where its own node-gyp is; outside npm, use the one in node_modules.
function nodeGypScript(): string {
  const fromNpm = process.env.npm_config_node_gyp;
  if (fromNpm && existsSync(fromNpm)) return fromNpm;
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    throw new Error('node-gyp is not installed; run `npm start` through npm, or install node-gyp');
  }
}
