// Plain text: one document a file, the id is the file's path inside the folder without `.txt`.
import { titleFromText } from '../textDecoding';
import type { ImportCodec } from './codec';
import type { NativeDocument } from './native';

/** A .txt file's text as a document with no annotations; the text is kept exactly. */
export function txtDocument(name: string, text: string): NativeDocument {
  const id = name.replace(/\.txt$/iu, '');
  return { id, title: titleFromText(text, id), text, meta: {}, spans: [], relations: [], status: {} };
}

/** Plain text files, imported as they are. */
export const txtCodec: ImportCodec = {
  accepts: (name) => /\.txt$/iu.test(name),
  *parse(files) {
    for (const file of files) yield { document: txtDocument(file.name, file.text()), file: file.path, line: null };
  },
};
