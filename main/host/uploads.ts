// Files a browser uploads for an import: streamed to a temporary folder, one request per file,
// so memory does not grow with the file's size. The import then reads them from there.
import { createWriteStream, mkdirSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { dirname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { UPLOADS_DIR } from '../uploads/uploadFolder';

/** The folder of one upload batch (one Import… dialog); null for a malformed batch id. */
export function uploadBatchDir(batch: string): string | null {
  return /^[A-Za-z0-9-]{8,64}$/u.test(batch) ? join(UPLOADS_DIR, batch) : null;
}

/** Streams one uploaded file into its batch folder; returns its path, or null if the name escapes the folder. */
export async function receiveUpload(request: IncomingMessage, batch: string, relativePath: string): Promise<string | null> {
  const folder = uploadBatchDir(batch);
  if (folder === null) return null;
  const cleaned = normalize(relativePath).replace(/^([/\\])+/u, '');
  if (cleaned === '' || cleaned === '.' || cleaned.split(/[/\\]/u).includes('..')) return null;
  const path = join(folder, cleaned);
  if (!path.startsWith(folder + sep)) return null;
  mkdirSync(dirname(path), { recursive: true });
  await pipeline(request, createWriteStream(path));
  return path;
}
