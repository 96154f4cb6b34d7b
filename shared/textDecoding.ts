import { InputError } from './errors';

/** Decodes UTF-8 bytes exactly, dropping a leading BOM; invalid UTF-8 is an error naming the file. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(file, null, 'the file is not valid UTF-8; re-save it as UTF-8 and import it again');
  }
}

/** The first non-blank line of a text, trimmed and shortened: a title for documents that have none. */
export function titleFromText(text: string, fallback: string): string {
  const firstLine = text.split(/\r\n|\r|\n/u).find((line) => line.trim() !== '');
  if (firstLine === undefined) return fallback;
  const title = firstLine.trim();
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}
