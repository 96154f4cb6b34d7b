// Runs a codec whole in tests: parse into documents and error messages, export into a string.
import type { ExportCodec, ImportCodec, InputFile, OffsetUnit, ParsedDocument } from '../../shared/formats/codec';
import type { NativeDocument, NativeRelation, NativeSpan } from '../../shared/formats/native';
import { titleFromText } from '../../shared/textDecoding';
import { exportContext, recordingSink } from './codecIo';

/** Runs a parser over files and splits its items into parsed documents and error messages. */
export function parseAll(codec: ImportCodec, files: InputFile[]): { parsed: ParsedDocument[]; errors: string[] } {
  const parsed: ParsedDocument[] = [];
  const errors: string[] = [];
  for (const item of codec.parse(files)) {
    if ('error' in item) errors.push(item.error.message);
    else parsed.push(item);
  }
  return { parsed, errors };
}

/** Parses files that must be valid: fails the test with the messages if any item is an error. */
export function parseValid(codec: ImportCodec, files: InputFile[]): NativeDocument[] {
  const { parsed, errors } = parseAll(codec, files);
  if (errors.length > 0) throw new Error(`unexpected parse errors:\n${errors.join('\n')}`);
  return parsed.map((item) => item.document);
}

/** Exports documents into one string, with the warnings the writer gave. */
export function exportAll(
  codec: ExportCodec,
  documents: NativeDocument[],
  offsets: OffsetUnit = 'codepoint',
): { output: string; warnings: string[] } {
  const sink = recordingSink();
  const context = exportContext(offsets);
  codec.write(documents, sink, context);
  return { output: sink.output(), warnings: context.warnings };
}

/** A document as export receives it, with defaults for what a test does not care about. */
export function nativeDocument(
  id: string,
  text: string,
  spans: NativeSpan[] = [],
  relations: NativeRelation[] = [],
  meta: Record<string, unknown> = {},
): NativeDocument {
  return { id, title: titleFromText(text, id), text, meta, spans, relations, status: {} };
}
