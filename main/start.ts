// `npm start`: the desktop window when Electron is installed, else the same UI served to a browser.
import { join } from 'node:path';
import { projectPathFromArgv } from './electron/commandLine';
import { findElectronBinary } from './electron/launcher/electronBinary';
import { ensureElectronNativeBinding } from './electron/launcher/electronNativeBinding';
import { runElectron } from './electron/launcher/runElectron';
import { serveInBrowser } from './electron/launcher/serveInBrowser';

async function start(args: string[]): Promise<void> {
  // SPANMARK_BROWSER=1 serves the UI to a browser even where Electron is installed.
  const binary = process.env.SPANMARK_BROWSER === '1' ? null : findElectronBinary();
  if (binary === null) {
    // On stderr, so the host's URL stays the first line on stdout.
    console.error(
      process.env.SPANMARK_BROWSER === '1'
        ? 'SPANMARK_BROWSER=1: the UI is served in the browser: open the URL below.'
        : 'Electron is not installed, so the UI is served in the browser instead: open the URL below.',
    );
    // projectPathFromArgv skips argv[0]; here that is this script.
    await serveInBrowser(projectPathFromArgv(process.argv.slice(1), false));
    return;
  }
  // This bundle lives in dist/main/; the Electron build of better-sqlite3 is cached in dist/native/.
  const nativeBinding = ensureElectronNativeBinding(join(__dirname, '..', 'native'));
  process.exitCode = await runElectron(binary, join(__dirname, 'electron.cjs'), args, nativeBinding);
}

start(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`spanmark: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
