import { InputError } from './errors';

/** Decodes UTF-8 bytes exactly, dropping a leading BOM; invalid UTF-8 is an error naming the file and the line. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(
      file,
      firstInvalidLine(bytes),
      'the file is not valid UTF-8; re-save it as UTF-8 and import it again',
    );
  }
}

// The 1-based line holding the first bytes that are not UTF-8. Lines are split at the \n byte,
// which is never part of a longer UTF-8 character; only runs when decoding already failed.
function firstInvalidLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let from = 0;
  for (;;) {
    const newline = bytes.indexOf(0x0a, from);
    const end = newline === -1 ? bytes.length : newline;
    try {
      decoder.decode(bytes.subarray(from, end));
    } catch {
      return line;
    }
    if (newline === -1) return line;
    line++;
    from = newline + 1;
  }
}

/** The first non-blank line of a text, trimmed and shortened: a title for documents that have none. */
export function titleFromText(text: string, fallback: string): string {
  const firstLine = text.split(/\r\n|\r|\n/u).find((line) => line.trim() !== '');
  if (firstLine === undefined) return fallback;
  const title = firstLine.trim();
  // Cut by code points: a cut through an emoji would leave half of it, a lone surrogate no door accepts.
  const characters = [...title];
  return characters.length > 200 ? `${characters.slice(0, 199).join('')}…` : title;
}
