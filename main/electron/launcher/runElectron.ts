import { spawn } from 'node:child_process';

/**
 * Runs the desktop app (`entry`, the electron.cjs bundle) in Electron with the launcher's
 * arguments, and resolves to its exit code.
 */
export function runElectron(
  binary: string,
  entry: string,
  args: readonly string[],
  nativeBinding: string,
): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env, SPANMARK_NATIVE_BINDING: nativeBinding };
  // Left over from some shells and editors, it would make Electron start as a plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [entry, ...args], { stdio: 'inherit', env });
  // Ctrl+C reaches Electron too (same process group) and it quits cleanly; wait for it rather
  // than dying first. A SIGTERM for the launcher is passed on.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  return new Promise((resolve, reject) => {
    child.once('error', (error) => reject(new Error(`could not start Electron (${binary}): ${error.message}`)));
    child.once('exit', (code, signal) => resolve(code ?? (signal === null ? 0 : 1)));
  });
}
