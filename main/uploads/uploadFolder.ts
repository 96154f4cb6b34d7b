// Where files a browser uploads wait to be imported or merged, and how messages name them: as the
// user picked them, not by the temporary folder they were put in.
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, sep } from 'node:path';

/** Where uploaded files wait, one folder per upload batch. */
export const UPLOADS_DIR = join(tmpdir(), 'spanmark-uploads');

/** Whether a path lies inside the uploads folder. */
export function isUploaded(path: string): boolean {
  const inside = relative(UPLOADS_DIR, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

/** A path as messages show it: an uploaded file by its path inside its batch, others as they are. */
export function shownPath(path: string): string {
  if (!isUploaded(path)) return path;
  const [, ...inBatch] = relative(UPLOADS_DIR, path).split(sep);
  return inBatch.length === 0 ? 'the uploaded files' : inBatch.join('/');
}
