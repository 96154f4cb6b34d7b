// doccano JSONL, import and export. Import reads both of doccano's shapes, one record a line (a
// pretty-printed file, as in doccano's docs, is read whole). Export writes one record a line:
// the relation form for a document that has relations, the label form otherwise.
import { InputError } from '../errors';
import type { ExportCodec, ImportCodec, InputFile, ParseItem } from './codec';
import { documentFromDoccano } from './doccanoRecord';
import { fileStem } from './fileStem';
import { jsonRecords, parseJsonLine } from './jsonRecords';
import type { NativeDocument } from './native';
import { spanLabelName } from './spanLabelName';
import { codePointsTo } from './unitOffsets';

/** doccano JSONL: `{"id", "text", "label": [[start, end, "L"]]}` or `{"id", "text", "entities", "relations"}`, offsets in code points. */
export const doccanoCodec: ImportCodec & ExportCodec = {
  accepts: (name) => /\.jsonl?$/iu.test(name),
  *parse(files) {
    for (const file of files) yield* parseDoccanoFile(file);
  },
  target: 'file',
  unitFor: (requested) => requested,
  write(documents, sink, context) {
    let mixedDocuments = 0;
    let notes = 0;
    let danglingRelations = 0;
    for (const document of documents) {
      if (new Set(document.spans.map((span) => span.annotator)).size > 1) mixedDocuments++;
      notes += document.spans.filter((span) => (span.note ?? '') !== '').length;
      const { record, dropped } = doccanoRecord(document, codePointsTo(document.text, context.offsets));
      danglingRelations += dropped;
      sink.write(`${JSON.stringify(record)}\n`);
    }
    if (danglingRelations > 0) {
      context.warn(`${danglingRelations} relation(s) pointed to spans not in the export and were not written`);
    }
    if (mixedDocuments > 0) {
      context.warn(
        `doccano JSONL has no annotator field: ${mixedDocuments} document(s) had spans by several annotators, written together in one record; export one annotator at a time to keep them apart`,
      );
    }
    if (notes > 0) context.warn(`doccano JSONL has no place for span notes: ${notes} note(s) were not written`);
  },
};

function* parseDoccanoFile(file: InputFile): Generator<ParseItem> {
  const stem = fileStem(file.name);
  let lineNumber = 0;
  let seenContent = false;
  for (const line of file.lines()) {
    lineNumber++;
    const trimmed = line.trim();
    if (trimmed === '') continue;
    // A JSONL record never starts with a line that is a lone "{" or begins with "[": the file is
    // one JSON value over many lines (doccano's documentation shows records pretty-printed).
    if (!seenContent && (trimmed === '{' || trimmed.startsWith('['))) {
      yield* parseWholeFile(file, stem);
      return;
    }
    seenContent = true;
    const parsed = parseJsonLine(line, file.path, lineNumber, 'doccano JSONL has one JSON object a line');
    if ('error' in parsed) {
      yield parsed;
      continue;
    }
    yield recordItem(parsed.value, file, lineNumber, `${stem}-${lineNumber}`);
  }
}

function* parseWholeFile(file: InputFile, stem: string): Generator<ParseItem> {
  for (const record of jsonRecords(file.text(), file.path)) {
    if ('error' in record) yield record;
    else yield recordItem(record.value, file, record.line, `${stem}-${record.line}`);
  }
}

function recordItem(json: unknown, file: InputFile, line: number, fallbackId: string): ParseItem {
  try {
    return { document: documentFromDoccano(json, file.path, line, fallbackId), file: file.path, line };
  } catch (error) {
    if (error instanceof InputError) return { error };
    throw error;
  }
}

/** One document as a doccano record with offsets in the requested unit, and how many relations had to be left out. */
function doccanoRecord(
  document: NativeDocument,
  toUnit: (codePoint: number) => number,
): { record: Record<string, unknown>; dropped: number } {
  const meta = Object.keys(document.meta).length > 0 ? { meta: document.meta } : {};
  if (document.relations.length === 0) {
    const label = document.spans.map((span) => [toUnit(span.start), toUnit(span.end), spanLabelName(span)]);
    return { record: { id: document.id, text: document.text, label, ...meta }, dropped: 0 };
  }
  // doccano's entity and relation ids are integers; number spans in document order.
  const entityIds = new Map(document.spans.map((span, index) => [span.id, index]));
  const entities = document.spans.map((span, index) => ({
    id: index,
    start_offset: toUnit(span.start),
    end_offset: toUnit(span.end),
    label: spanLabelName(span),
  }));
  const linked = document.relations.filter((relation) => entityIds.has(relation.from) && entityIds.has(relation.to));
  const relations = linked.map((relation, index) => ({
    id: index,
    from_id: entityIds.get(relation.from),
    to_id: entityIds.get(relation.to),
    type: relation.type,
  }));
  return {
    record: { id: document.id, text: document.text, entities, relations, ...meta },
    dropped: document.relations.length - linked.length,
  };
}
