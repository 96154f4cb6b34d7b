// Which paths a browser may name. The loopback host's token would otherwise be the user's whole
// file system: in browser mode a path must lie in a folder the user named when starting the host
// (`spanmark serve --folder`), or, for files to read, in this host's uploads. The desktop window
// and the CLI carry no policy and take any path.
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { SpanmarkError } from '../../shared/errors';
import { createHostFolders, type HostFolders } from './hostFolders';
import { isInside } from './uploadFolder';

/** What a browser may reach: the folders named on the command line and the host's own folders. */
export interface BrowserAccess {
  folders: HostFolders;
  /** Real paths of the folders the user named. */
  allowed: string[];
}

/** What a path is used for: reading may also come from the uploads, writing and opening may not. */
export type PathUse = 'read' | 'write' | 'open';

/** The browser access of a new host: its private folders, and the named folders, which must exist. */
export function browserAccess(allowedFolders: string[]): BrowserAccess {
  const allowed = allowedFolders.map((folder) => {
    try {
      return realpathSync.native(resolve(folder));
    } catch {
      throw new SpanmarkError('not_found', `--folder ${folder}: no such folder; name a folder that exists`);
    }
  });
  return { folders: createHostFolders(), allowed };
}

/** The absolute path to use for `path`, refused when a browser may not reach it. */
export function permittedPath(access: BrowserAccess | undefined, path: string, use: PathUse): string {
  const absolute = resolve(path);
  if (access === undefined) return absolute;
  const real = realPath(absolute);
  const roots = use === 'read' ? [...access.allowed, realPath(access.folders.uploads)] : access.allowed;
  if (roots.some((root) => real === root || isInside(real, root))) return absolute;
  const where = access.allowed.length === 0 ? 'no folder was named' : `only inside ${access.allowed.join(', ')}`;
  throw new SpanmarkError(
    'bad_params',
    `${basename(absolute)}: in a browser, Spanmark reaches files ${where}; upload the files, or restart \`spanmark serve\` with --folder naming the folder that holds them`,
  );
}

// Links resolved: the whole path when it exists, else the nearest existing folder's.
function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), basename(path));
  }
}
