// Native JSONL: one document a line, lossless. Offsets are code points, end exclusive.
import { z } from 'zod';
import { DOCUMENT_STATUSES } from '../domain';
import { InputError } from '../errors';
import { offsetMapFor, sliceCodePoints } from '../offsets';
import { titleFromText } from '../textDecoding';

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
});

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

/** Parses and validates one line of native JSONL; errors name the file and line. */
export function parseNativeLine(line: string, file: string, lineNumber: number): NativeDocument {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    throw new InputError(file, lineNumber, `not valid JSON (${(error as Error).message}); each line must be one JSON object`);
  }
  const parsed = documentRecord.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `field "${issue.path.join('.')}"` : 'the record';
    throw new InputError(file, lineNumber, `${where}: ${issue.message}`);
  }
  const record = parsed.data;
  const document: NativeDocument = {
    id: record.id,
    title: record.title ?? titleFromText(record.text, record.id),
    text: record.text,
    meta: record.meta ?? {},
    spans: record.spans ?? [],
    relations: record.relations ?? [],
    status: record.status ?? {},
  };
  validateAnnotations(document, file, lineNumber);
  return document;
}

/** Parses a whole native JSONL file with each document's line number; blank lines are allowed. */
export function* parseNativeJsonl(content: string, file: string): Generator<{ document: NativeDocument; line: number }> {
  const lines = content.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.replace(/\r$/u, '');
    if (line.trim() === '') continue;
    yield { document: parseNativeLine(line, file, index + 1), line: index + 1 };
  }
}

/** Writes one document as a line of native JSONL (without the newline). */
export function writeNativeLine(document: NativeDocument): string {
  return JSON.stringify({
    id: document.id,
    title: document.title,
    text: document.text,
    meta: document.meta,
    spans: document.spans,
    relations: document.relations,
    status: document.status,
  });
}

function validateAnnotations(document: NativeDocument, file: string, line: number): void {
  const offsets = offsetMapFor(document.text);
  const spanIds = new Set<string>();
  document.spans.forEach((span, index) => {
    const name = span.id === undefined ? `span #${index + 1}` : `span "${span.id}"`;
    if (span.start >= span.end) {
      throw new InputError(file, line, `${name}: start ${span.start} must be less than end ${span.end}`);
    }
    if (span.end > offsets.codePointLength) {
      throw new InputError(
        file,
        line,
        `${name}: end ${span.end} is past the end of the text (${offsets.codePointLength} code points); offsets count Unicode code points, end exclusive`,
      );
    }
    if (span.quote !== undefined) {
      const covered = sliceCodePoints(document.text, span.start, span.end, offsets);
      if (covered !== span.quote) {
        throw new InputError(
          file,
          line,
          `${name}: quote ${JSON.stringify(span.quote)} does not match the text at ${span.start}-${span.end} (${JSON.stringify(covered)}); check that offsets count code points`,
        );
      }
    }
    if (span.id !== undefined) {
      if (spanIds.has(span.id)) throw new InputError(file, line, `${name} appears twice; span ids must be unique`);
      spanIds.add(span.id);
    }
  });
  const relationIds = new Set<string>();
  document.relations.forEach((relation, index) => {
    const name = relation.id === undefined ? `relation #${index + 1}` : `relation "${relation.id}"`;
    for (const end of [relation.from, relation.to]) {
      if (!spanIds.has(end)) {
        throw new InputError(file, line, `${name} points to span "${end}", which is not among this document's spans`);
      }
    }
    if (relation.id !== undefined) {
      if (relationIds.has(relation.id)) throw new InputError(file, line, `${name} appears twice; relation ids must be unique`);
      relationIds.add(relation.id);
    }
  });
}
