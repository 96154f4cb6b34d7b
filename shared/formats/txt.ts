// Plain text: one document a file, the id is the file name without `.txt`.
import { decodeUtf8, titleFromText } from '../textDecoding';
import type { NativeDocument } from './native';

/** Reads one .txt file as a document with no annotations; the text is kept exactly (BOM dropped). */
export function parseTxtDocument(fileName: string, bytes: Uint8Array): NativeDocument {
  const text = decodeUtf8(bytes, fileName);
  const baseName = fileName.split(/[\\/]/u).pop()!;
  const id = baseName.replace(/\.txt$/iu, '');
  return { id, title: titleFromText(text, id), text, meta: {}, spans: [], relations: [], status: {} };
}
