// Where an export is written: into a temporary file or folder beside the target, renamed into
// place only when complete, so a crash never leaves a half-written export under the asked name.
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { SpanmarkError } from '../../../shared/errors';
import type { ExportSink } from '../../../shared/formats/codec';

/** A sink being written, and how to finish or abandon it. */
export interface ExportTarget {
  sink: ExportSink;
  commit(): void;
  abandon(): void;
}

const WRITE_BUFFER_CHARS = 1 << 20;

/** A sink for one file at `out`. */
export function fileTarget(out: string): ExportTarget {
  const temporary = `${out}.partial-${process.pid}`;
  const fd = guard(out, () => openSync(temporary, 'w'));
  let closed = false;
  // Writers hand over a line at a time; one system call per line would dominate large exports.
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    if (pendingLength === 0) return;
    writeSync(fd, pending.join(''));
    pending = [];
    pendingLength = 0;
  };
  const close = () => {
    if (!closed) closeSync(fd);
    closed = true;
  };
  return {
    sink: {
      write: (chunk) => {
        pending.push(chunk);
        pendingLength += chunk.length;
        if (pendingLength >= WRITE_BUFFER_CHARS) flush();
      },
      writeFile: () => {
        throw new Error('this format writes one file; writeFile is for folder formats');
      },
    },
    commit() {
      flush();
      close();
      guard(out, () => renameSync(temporary, out));
    },
    abandon() {
      close();
      rmSync(temporary, { force: true });
    },
  };
}

/** A sink for a folder of files at `out`; an existing export folder there is replaced whole. */
export function folderTarget(out: string): ExportTarget {
  if (existsSync(out) && !statSync(out).isDirectory()) {
    throw new SpanmarkError('io', `${out} is a file; this format writes a folder, so give a folder path with --out`);
  }
  const temporary = `${out}.partial-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  guard(out, () => mkdirSync(temporary, { recursive: true }));
  return {
    sink: {
      write: () => {
        throw new Error('this format writes a folder; write is for one-file formats');
      },
      writeFile(relativePath, content) {
        const path = resolve(temporary, relativePath);
        if (relative(temporary, path).startsWith(`..${sep}`) || relative(temporary, path) === '..') {
          throw new SpanmarkError('io', `${relativePath}: a document id cannot point outside the export folder`);
        }
        guard(out, () => {
          mkdirSync(dirname(path), { recursive: true });
          const fd = openSync(path, 'w');
          try {
            writeSync(fd, content);
          } finally {
            closeSync(fd);
          }
        });
      },
    },
    commit() {
      const previous = `${out}.previous-${process.pid}`;
      guard(out, () => {
        if (existsSync(out)) renameSync(out, previous);
        renameSync(temporary, out);
        rmSync(previous, { recursive: true, force: true });
      });
    },
    abandon() {
      rmSync(temporary, { recursive: true, force: true });
    },
  };
}

function guard<T>(out: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof SpanmarkError) throw error;
    throw new SpanmarkError('io', `${out}: cannot write the export (${(error as Error).message})`);
  }
}

