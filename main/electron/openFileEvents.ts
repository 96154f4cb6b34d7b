import { app } from 'electron';

/**
 * macOS hands over files to open (Finder, the Dock, the .spanmark association) as `open-file`
 * events, not arguments, and may do so before the app is ready. Call before ready; the result
 * gives the file asked for at launch and routes later ones to a listener.
 */
export function setupOpenFileEvents(): { startupPath(): string | null; listen(open: (path: string) => void): void } {
  let pending: string | null = null;
  let listener: ((path: string) => void) | null = null;
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (listener === null) pending = path;
    else listener(path);
  });
  return {
    startupPath: () => pending,
    listen: (open) => {
      listener = open;
    },
  };
}
