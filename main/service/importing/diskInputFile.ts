// Files on disk as codecs see them: decoded exactly, read in chunks so large files stream.
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { InputError, SpanmarkError } from '../../../shared/errors';
import type { InputFile } from '../../../shared/formats/codec';
import { decodeUtf8 } from '../../../shared/textDecoding';
import { shownPath } from '../../uploads/uploadFolder';

const CHUNK_BYTES = 1 << 20;

/** Counts the bytes read so far, for progress. */
export interface ReadMeter {
  bytesRead: number;
}

/** An InputFile over a file on disk; `name` is its path inside the folder the user named. */
export function diskInputFile(path: string, name: string, meter: ReadMeter = { bytesRead: 0 }): InputFile {
  // Messages name the file as the user knows it (an upload by its own name).
  const shown = shownPath(path);
  return {
    path: shown,
    name,
    text() {
      const bytes = readBytes(path, shown);
      meter.bytesRead += bytes.length;
      return decodeUtf8(bytes, shown);
    },
    lines: () => readLines(path, shown, meter),
  };
}

function* readLines(path: string, shown: string, meter: ReadMeter): Generator<string> {
  const fd = openOrFail(path, shown);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let pending = '';
  let lineNumber = 0;
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      meter.bytesRead += read;
      let decoded: string;
      try {
        decoded = decoder.decode(buffer.subarray(0, read), { stream: read > 0 });
      } catch {
        const line = lineNumber + 1 + invalidLineIndex(buffer.subarray(0, read));
        throw new InputError(shown, line, 'the file is not valid UTF-8; re-save it as UTF-8 and import it again');
      }
      pending += decoded;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        lineNumber++;
        yield line.endsWith('\r') ? line.slice(0, -1) : line;
      }
      if (read === 0) break;
    }
    if (pending !== '') yield pending.endsWith('\r') ? pending.slice(0, -1) : pending;
  } finally {
    closeSync(fd);
  }
}

// Which line of a chunk (0 = the line in progress) holds the first bytes that are not UTF-8.
function invalidLineIndex(chunk: Buffer): number {
  let index = 0;
  let from = 0;
  for (;;) {
    const newline = chunk.indexOf(0x0a, from);
    const end = newline === -1 ? chunk.length : newline;
    if (!isUtf8(chunk.subarray(from, end))) return index;
    if (newline === -1) return index;
    index++;
    from = newline + 1;
  }
}

function openOrFail(path: string, shown: string): number {
  try {
    return openSync(path, 'r');
  } catch (error) {
    throw new SpanmarkError('io', `${shown}: cannot read the file (${(error as Error).message})`);
  }
}

function readBytes(path: string, shown: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new SpanmarkError('io', `${shown}: cannot read the file (${(error as Error).message})`);
  }
}
