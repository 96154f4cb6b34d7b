import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/** The checkout's root folder. */
export const REPO_ROOT = resolve(__dirname, '..', '..');
const CLI_BUNDLE = join(REPO_ROOT, 'dist', 'main', 'cli.cjs');

function assertBuilt(): void {
  if (!existsSync(CLI_BUNDLE)) throw new Error(`${CLI_BUNDLE} is missing; run \`npm run build\` first (npm test does)`);
}

/** Runs `spanmark …` to completion. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  assertBuilt();
  const result = spawnSync(process.execPath, [CLI_BUNDLE, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `spanmark …` and fails the test with its stderr when it does not succeed. */
export function runCliOk(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const result = runCli(args, options);
  if (result.code !== 0) throw new Error(`spanmark ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return result;
}

/** Starts `spanmark serve …` (or another long-running command) and resolves with the URL of its first line. */
export async function startServing(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; entry?: string } = {},
): Promise<{
  url: string;
  firstLine: string;
  child: ChildProcessWithoutNullStreams;
  stop: () => Promise<number | null>;
}> {
  assertBuilt();
  const child = spawn(process.execPath, [options.entry ?? CLI_BUNDLE, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...options.env },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const firstLine = await new Promise<string>((resolveLine, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => resolveLine(line));
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before printing its URL: ${stderr}`)));
  });
  const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/u.exec(firstLine);
  if (match === null) throw new Error(`no URL with a token in the first line: ${firstLine}`);
  const stop = () =>
    new Promise<number | null>((resolveExit) => {
      if (child.exitCode !== null) return resolveExit(child.exitCode);
      child.once('exit', (code) => resolveExit(code));
      child.kill('SIGINT');
    });
  return { url: match[0], firstLine, child, stop };
}
