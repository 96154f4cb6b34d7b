// Shared pieces of the benchmarks: deterministic data, timing real CLI processes, a results table.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

export const root = resolve(import.meta.dirname, '..', '..');
export const cli = join(root, 'dist', 'main', 'cli.cjs');
const rssReporter = join(import.meta.dirname, 'reportPeakRss.cjs');

/** A deterministic pseudo-random generator in [0, 1), so every run measures the same data. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Runs the CLI once; returns wall time in ms, peak RSS in MB and the output. */
export function runCli(args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--require', rssReporter, cli, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`spanmark ${args.join(' ')} failed: ${result.stderr}`);
  const rss = /spanmark-bench-peak-rss-kb (\d+)/u.exec(result.stderr);
  return { ms, peakRssMb: rss ? Number(rss[1]) / 1024 : null, stdout: result.stdout, stderr: result.stderr };
}

/** Prints one measured line against its target. */
export function report(label, value, unit, target) {
  const pass = target === undefined ? '' : value <= target ? 'PASS' : 'FAIL';
  const goal = target === undefined ? '' : `target ≤ ${target} ${unit}`;
  console.log(
    `${label.padEnd(58)} ${value.toFixed(unit === 'ms' ? 0 : 1).padStart(8)} ${unit.padEnd(3)} ${goal.padEnd(18)} ${pass}`,
  );
  return target === undefined || value <= target;
}
