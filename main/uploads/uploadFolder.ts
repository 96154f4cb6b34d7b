// How messages name uploaded files: as the user picked them, not by the host's private folder
// they wait in (main/uploads/hostFolders.ts). Recognised by name, so worker threads, which do
// not know the host's folders, name them the same way.
import { tmpdir } from 'node:os';
import { isAbsolute, relative, sep } from 'node:path';
import { HOST_FOLDER_PREFIX } from './hostFolders';

// macOS and Windows file systems ignore case by default: `/Users/Ana` and `/users/ana` are one folder.
const caseless = process.platform === 'darwin' || process.platform === 'win32';

/** Whether a path lies inside `folder` (ignoring case where the file system does). */
export function isInside(path: string, folder: string): boolean {
  const inside = relative(caseless ? folder.toLowerCase() : folder, caseless ? path.toLowerCase() : path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

/** A path as messages show it: an uploaded file by its path inside its batch, others as they are. */
export function shownPath(path: string): string {
  if (!isInside(path, tmpdir())) return path;
  const [host, folder, batch, ...inBatch] = relative(tmpdir(), path).split(sep);
  if (!host?.startsWith(HOST_FOLDER_PREFIX) || folder !== 'uploads' || batch === undefined) return path;
  return inBatch.length === 0 ? 'the uploaded files' : inBatch.join('/');
}
