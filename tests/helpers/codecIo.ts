// In-memory and on-disk InputFiles and a recording ExportSink, for codec tests.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ExportContext, ExportSink, InputFile, OffsetUnit } from '../../shared/formats/codec';
import { defaultScheme } from '../../shared/defaultScheme';
import { decodeUtf8 } from '../../shared/textDecoding';

/** An input file with the given content; `name` is also its path. */
export function memoryFile(name: string, content: string): InputFile {
  return { path: name, name, text: () => content, lines: () => splitLines(content) };
}

/** An input file read from disk (e.g. ../shared/realdata); `name` defaults to the base name. */
export function diskFile(path: string, name = basename(path)): InputFile {
  const content = () => decodeUtf8(readFileSync(path), path);
  return { path, name, text: content, lines: () => splitLines(content()) };
}

/** Collects what a writer produces: the single-file output and every folder file. */
export function recordingSink(): ExportSink & { output: () => string; files: Map<string, string> } {
  const chunks: string[] = [];
  const files = new Map<string, string>();
  return {
    write: (chunk) => void chunks.push(chunk),
    writeFile: (path, content) => void files.set(path, content),
    output: () => chunks.join(''),
    files,
  };
}

/** An export context with the default scheme that records warnings. */
export function exportContext(offsets: OffsetUnit = 'codepoint'): ExportContext & { warnings: string[] } {
  const warnings: string[] = [];
  return { offsets, scheme: defaultScheme(), warn: (message) => void warnings.push(message), warnings };
}

function splitLines(content: string): string[] {
  const lines = content.split('\n').map((line) => line.replace(/\r$/u, ''));
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
