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

// Splits the bytes at \n before decoding (a \n byte is never part of a longer UTF-8 character),
// so a line cut by a chunk boundary is decoded whole and invalid UTF-8 is reported at its own line.
function* readLines(path: string, shown: string, meter: ReadMeter): Generator<string> {
  const fd = openOrFail(path, shown);
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  // The bytes of the line in progress that earlier chunks ended with.
  let carried: Buffer[] = [];
  let lineNumber = 0;
  const decodeLine = (bytes: Buffer): string => {
    lineNumber++;
    if (!isUtf8(bytes))
      throw new InputError(shown, lineNumber, 'the file is not valid UTF-8; re-save it as UTF-8 and import it again');
    const start = lineNumber === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const end = bytes.length > start && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    return bytes.toString('utf8', start, end);
  };
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      meter.bytesRead += read;
      let from = 0;
      for (;;) {
        const newline = buffer.indexOf(0x0a, from);
        if (newline === -1 || newline >= read) break;
        const piece = buffer.subarray(from, newline);
        yield decodeLine(carried.length === 0 ? piece : Buffer.concat([...carried, piece]));
        carried = [];
        from = newline + 1;
      }
      if (from < read) carried.push(Buffer.from(buffer.subarray(from, read)));
    }
    if (carried.length > 0) yield decodeLine(Buffer.concat(carried));
  } finally {
    closeSync(fd);
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
