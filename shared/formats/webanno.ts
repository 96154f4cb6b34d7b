// WebAnno TSV 3.3 (WebAnno, INCEpTION): one document a file, offsets in UTF-16 code units,
// converted to and from code points here. Import rules are in webannoBody (text) and
// webannoDocument (layers); export is in webannoWrite.
import { InputError } from '../errors';
import { titleFromText } from '../textDecoding';
import type { ExportCodec, ImportCodec, InputFile, ParseItem } from './codec';
import type { NativeDocument } from './native';
import { readWebannoBody } from './webannoBody';
import { WEBANNO_SKIPPED_META, webannoAnnotations } from './webannoDocument';
import { readWebannoSchema } from './webannoSchema';
import { writeWebannoFolder } from './webannoWrite';

/** WebAnno TSV 3.x, one `.tsv` file a document, UTF-16 offsets. */
export const webannoCodec: ImportCodec & ExportCodec = {
  accepts: (name) => /\.tsv$/iu.test(name),
  *parse(files) {
    for (const file of files) yield* parseWebannoFile(file);
  },
  target: 'folder',
  unitFor: () => 'utf16',
  write: writeWebannoFolder,
};

function* parseWebannoFile(file: InputFile): Generator<ParseItem> {
  const id = file.name.replace(/\.tsv$/iu, '');
  let items: ParseItem[];
  try {
    const lines = [...file.lines()];
    const { schema, bodyStart } = readWebannoSchema(lines, file.path);
    const body = readWebannoBody(lines, bodyStart, schema, file.path);
    const annotations = webannoAnnotations(schema, body, file.path);
    const meta: Record<string, unknown> =
      annotations.skippedLayers.length > 0 ? { [WEBANNO_SKIPPED_META]: annotations.skippedLayers } : {};
    const document: NativeDocument = {
      id,
      title: titleFromText(body.text, id),
      text: body.text,
      meta,
      spans: annotations.spans,
      relations: annotations.relations,
      status: {},
    };
    // Annotations Spanmark cannot hold are reported before the document, so without --skip-invalid
    // the import stops on them and with it the document comes in without them.
    items = [...annotations.errors.map((error) => ({ error })), { document, file: file.path, line: null }];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    items = [{ error }];
  }
  yield* items;
}
