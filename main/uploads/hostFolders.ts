// The private folder of one running host: uploads wait in it for their import or merge, exports
// made for download wait in it to be fetched. Only this user can enter it (mode 700, made by
// mkdtemp, so no one can plant it or a link in its place), and it goes when the host stops.
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The name every host folder starts with, followed by the process id. */
export const HOST_FOLDER_PREFIX = 'spanmark-host-';

/** One host's private folders. */
export interface HostFolders {
  root: string;
  uploads: string;
  downloads: string;
  /** Removes the folders and all they hold. */
  remove(): void;
}

/** Makes a host's private folders, first removing those of hosts that crashed. */
export function createHostFolders(): HostFolders {
  removeStaleHostFolders();
  const root = mkdtempSync(join(tmpdir(), `${HOST_FOLDER_PREFIX}${process.pid}-`));
  const uploads = join(root, 'uploads');
  const downloads = join(root, 'downloads');
  mkdirSync(uploads, { mode: 0o700 });
  mkdirSync(downloads, { mode: 0o700 });
  return { root, uploads, downloads, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Removes the folders of this user's hosts whose process is gone (killed, crashed). */
export function removeStaleHostFolders(): void {
  const pattern = new RegExp(`^${HOST_FOLDER_PREFIX}(\\d+)-`, 'u');
  for (const name of readdirSync(tmpdir())) {
    const match = pattern.exec(name);
    if (match === null || processIsAlive(Number(match[1]))) continue;
    const path = join(tmpdir(), name);
    try {
      const stats = lstatSync(path);
      if (stats.isDirectory() && (process.getuid === undefined || stats.uid === process.getuid()))
        rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone already, or another host cleaning up at the same moment.
    }
  }
}

/** Whether a process with this id runs (one of another user counts as running). */
export function processIsAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
