// Serves a finished export to the browser: a file as it is, a folder (brat) as a zip streamed
// file by file.
import { createReadStream, readdirSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { basename, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Zip, ZipDeflate } from 'fflate';

/** Sends the export at `path` as a download. */
export async function sendDownload(response: ServerResponse, path: string): Promise<void> {
  if (statSync(path).isDirectory()) return sendFolderAsZip(response, path);
  response.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': statSync(path).size,
    'content-disposition': contentDisposition(basename(path)),
    'cache-control': 'no-store',
  });
  await pipeline(createReadStream(path), response);
}

async function sendFolderAsZip(response: ServerResponse, folder: string): Promise<void> {
  response.writeHead(200, {
    'content-type': 'application/zip',
    'content-disposition': contentDisposition(`${basename(folder)}.zip`),
    'cache-control': 'no-store',
  });
  const zip = new Zip((error, chunk, final) => {
    if (error) response.destroy(error);
    else {
      response.write(chunk);
      if (final) response.end();
    }
  });
  for (const file of filesUnder(folder)) {
    const entry = new ZipDeflate(relative(folder, file).split(sep).join('/'), { level: 6 });
    zip.add(entry);
    for await (const chunk of createReadStream(file)) entry.push(chunk as Uint8Array);
    entry.push(new Uint8Array(0), true);
  }
  zip.end();
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      return entry.isDirectory() ? filesUnder(path) : [path];
    });
}

function contentDisposition(name: string): string {
  return `attachment; filename="${name.replace(/[^\x20-\x7e]|"/gu, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
