// Native JSONL: one document a line, lossless. Offsets are code points, end exclusive.
import { z } from 'zod';
import { DOCUMENT_STATUSES } from '../domain';
import { InputError } from '../errors';
import {
  OFFSET_UNITS,
  type ExportCodec,
  type ImportCodec,
  type InputFile,
  type OffsetUnit,
  type ParseItem,
} from './codec';
import { codePointsFrom, codePointsTo } from './unitOffsets';
import { titleFromText } from '../textDecoding';
import { parseJsonLine } from './jsonRecords';

const spanRecord = z.object({
  id: z.string().min(1).optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  label: z.string().min(1),
  technique: z.string().min(1).nullable().optional(),
  annotator: z.string().min(1).optional(),
  note: z.string().optional(),
  quote: z.string().optional(),
  attributes: z.record(z.string(), z.unknown()).optional(),
});

const relationRecord = z.object({
  id: z.string().min(1).optional(),
  type: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  annotator: z.string().min(1).optional(),
});

const documentRecord = z.object({
  id: z.string().min(1),
  title: z.string().optional(),
  text: z.string(),
  meta: z.record(z.string(), z.unknown()).optional(),
  spans: z.array(spanRecord).optional(),
  relations: z.array(relationRecord).optional(),
  status: z.record(z.string(), z.enum(DOCUMENT_STATUSES)).optional(),
  offsets: z.enum(OFFSET_UNITS).optional(),
});

/** Where a parser read a span, for formats that keep spans apart from the document (PTC `.labels`, brat `.ann`). */
export interface SpanOrigin {
  file: string;
  line: number;
}

export type NativeSpan = z.infer<typeof spanRecord>;
export type NativeRelation = z.infer<typeof relationRecord>;

/** A document as the codecs exchange it: text plus its annotations. */
export interface NativeDocument {
  id: string;
  title: string;
  text: string;
  meta: Record<string, unknown>;
  spans: NativeSpan[];
  relations: NativeRelation[];
  status: Record<string, (typeof DOCUMENT_STATUSES)[number]>;
}

/** Parses one line of native JSONL (shape only; validateDocument checks the spans); errors name the file and line. */
export function parseNativeLine(line: string, file: string, lineNumber: number): NativeDocument {
  const json = parseJsonLine(line, file, lineNumber, 'each line must be one JSON object');
  if ('error' in json) throw json.error;
  const parsed = documentRecord.safeParse(json.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `field "${issue.path.join('.')}"` : 'the record';
    throw new InputError(file, lineNumber, `${where}: ${issue.message}`);
  }
  const record = parsed.data;
  const toCodePoints = codePointsFrom(record.text, record.offsets ?? 'codepoint');
  return {
    id: record.id,
    title: record.title ?? titleFromText(record.text, record.id),
    text: record.text,
    meta: record.meta ?? {},
    spans: (record.spans ?? []).map((span) => convertSpan(span, toCodePoints)),
    relations: record.relations ?? [],
    status: record.status ?? {},
  };
}

/** Writes one document as a line of native JSONL (without the newline), offsets in the given unit. */
export function writeNativeLine(document: NativeDocument, unit: OffsetUnit = 'codepoint'): string {
  const fromCodePoints = codePointsTo(document.text, unit);
  return JSON.stringify({
    id: document.id,
    title: document.title,
    offsets: unit,
    text: document.text,
    meta: document.meta,
    spans: document.spans.map((span) => convertSpan(span, fromCodePoints)),
    relations: document.relations,
    status: document.status,
  });
}

/** Native JSONL: one document a line, lossless; each line says its offset unit (`"offsets"`). */
export const nativeCodec: ImportCodec & ExportCodec = {
  accepts: (name) => /\.jsonl$/iu.test(name),
  *parse(files: InputFile[]): Iterable<ParseItem> {
    for (const file of files) {
      let lineNumber = 0;
      for (const line of file.lines()) {
        lineNumber++;
        if (line.trim() === '') continue;
        try {
          yield { document: parseNativeLine(line, file.path, lineNumber), file: file.path, line: lineNumber };
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          yield { error };
        }
      }
    }
  },
  target: 'file',
  unitFor: (requested) => requested,
  write(documents, sink, context) {
    for (const document of documents) sink.write(`${writeNativeLine(document, context.offsets)}\n`);
  },
};

// Converts a span's offsets, and the fragments of a discontinuous span, between units.
function convertSpan(span: NativeSpan, convert: (offset: number) => number): NativeSpan {
  const converted: NativeSpan = { ...span, start: convert(span.start), end: convert(span.end) };
  const fragments = span.attributes?.fragments;
  if (Array.isArray(fragments)) {
    converted.attributes = {
      ...span.attributes,
      fragments: fragments.map((pair) =>
        Array.isArray(pair) ? pair.map((offset) => (typeof offset === 'number' ? convert(offset) : offset)) : pair,
      ),
    };
  }
  return converted;
}
