// Files a browser uploads for an import or merge: streamed into the host's private uploads folder,
// one request per file, so memory does not grow with the file's size. Links are never followed
// and a file larger than the limit is refused and removed.
import { constants, createWriteStream, lstatSync, mkdirSync, openSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join, normalize } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What became of an upload. */
export type UploadOutcome = { ok: true; path: string } | { ok: false; status: 400 | 409 | 413; message: string };

/** The folder of one upload batch (one dialog) inside `uploadsDir`; null for a malformed batch id. */
export function uploadBatchDir(uploadsDir: string, batch: string): string | null {
  return /^[A-Za-z0-9-]{8,64}$/u.test(batch) ? join(uploadsDir, batch) : null;
}

/** Streams one uploaded file into its batch folder, refusing names that leave it, links, and files over `maxBytes`. */
export async function receiveUpload(
  request: IncomingMessage,
  uploadsDir: string,
  batch: string,
  relativePath: string,
  maxBytes: number,
): Promise<UploadOutcome> {
  const folder = uploadBatchDir(uploadsDir, batch);
  const parts = normalize(relativePath)
    .replace(/^([/\\])+/u, '')
    .split(/[/\\]/u);
  if (folder === null || parts.some((part) => part === '' || part === '.' || part === '..')) {
    return { ok: false, status: 400, message: 'bad upload path: a batch id and a file name inside it' };
  }
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) return tooLarge(maxBytes);
  // Each folder on the way is made here or must be a real folder, never a link to elsewhere.
  let path = folder;
  for (const part of [null, ...parts.slice(0, -1)]) {
    if (part !== null) path = join(path, part);
    if (!makeFolder(path)) return { ok: false, status: 409, message: 'bad upload path: a file or link is in the way' };
  }
  path = join(path, parts.at(-1)!);
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
  } catch {
    return { ok: false, status: 409, message: 'this file was already uploaded in this batch' };
  }
  // Past the limit the rest is read and dropped, so the browser still gets the 413 answer.
  let received = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      done(null, received > maxBytes ? undefined : chunk);
    },
  });
  try {
    await pipeline(request, limit, createWriteStream('', { fd }));
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
  if (received > maxBytes) {
    rmSync(path, { force: true });
    return tooLarge(maxBytes);
  }
  return { ok: true, path };
}

function tooLarge(maxBytes: number): UploadOutcome {
  return {
    ok: false,
    status: 413,
    message: `the file is larger than the upload limit of ${Math.round(maxBytes / 2 ** 20)} MiB; import it with \`spanmark import\` instead`,
  };
}

function makeFolder(path: string): boolean {
  try {
    mkdirSync(path, { mode: 0o700 });
    return true;
  } catch {
    try {
      return lstatSync(path).isDirectory();
    } catch {
      return false;
    }
  }
}
