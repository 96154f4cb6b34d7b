// The Electron main process. Each concern registers itself with one setupX(); this file is the
// table of contents, in the order things must happen.
import { app, dialog, session } from 'electron';
import { setupContentSecurityPolicy } from './contentSecurityPolicy';
import { createDesktopContext } from './desktopContext';
import { setupIpc } from './ipc';
import { setupMenu } from './menu';
import { setupOpenFileEvents } from './openFileEvents';
import { setupPermissions } from './permissions';
import { setupQuit } from './quit';
import { switchProject } from './switchProject';
import { setupUserDataFolder } from './userDataFolder';
import { setupWebContentsGuards } from './webContentsGuards';
import { createMainWindow } from './window';

// Before ready: these must be in place before the first window or file event exists.
setupUserDataFolder();
setupWebContentsGuards();
const openFileEvents = setupOpenFileEvents();

app
  .whenReady()
  .then(() => {
    setupPermissions(session.defaultSession);
    setupContentSecurityPolicy(session.defaultSession);
    const context = createDesktopContext(openFileEvents.startupPath());
    setupIpc(context);
    setupMenu(context);
    openFileEvents.listen((path) => switchProject(context, path, 'open'));
    setupQuit(context);
    createMainWindow();
  })
  .catch(exitWithError);

// A project that cannot be opened is a message for the user, not a stack trace.
function exitWithError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Spanmark could not start: ${message}`);
  dialog.showErrorBox('Spanmark could not start', message);
  app.exit(1);
}
