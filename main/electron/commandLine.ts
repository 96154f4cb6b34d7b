import { fileURLToPath } from 'node:url';

/**
 * The project path given on Electron's command line, or null: `--project PATH`, `--project=PATH`
 * or the first plain argument. `isDefaultApp` (Electron's `process.defaultApp`) says the first
 * plain argument is the app itself (`electron . x.spanmark`), as in development.
 */
export function projectPathFromArgv(argv: readonly string[], isDefaultApp: boolean): string | null {
  const plain: string[] = [];
  const args = argv.slice(1);
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === '--project') return asPath(args[index + 1] ?? null);
    if (arg.startsWith('--project=')) return asPath(arg.slice('--project='.length) || null);
    // Chromium and Node switches (--inspect=0, --no-sandbox) and macOS's -psn_… are not paths.
    if (!arg.startsWith('-')) plain.push(arg);
  }
  return asPath(plain[isDefaultApp ? 1 : 0] ?? null);
}

// Linux desktop entries pass files as %U, which some file managers fill with file:// URLs.
function asPath(arg: string | null): string | null {
  return arg !== null && arg.startsWith('file://') ? fileURLToPath(arg) : arg;
}
