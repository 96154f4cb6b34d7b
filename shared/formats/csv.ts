// CSV export: one span a row, for spreadsheets and pandas. Export only: a CSV of spans carries
// no document text, so there is nothing to import it into.
import Papa from 'papaparse';
import { offsetMapFor, sliceCodePoints } from '../offsets';
import type { ExportCodec } from './codec';
import type { NativeDocument } from './native';
import { codePointsTo } from './unitOffsets';

/** The CSV header, in column order. */
export const CSV_COLUMNS = ['document_id', 'annotator', 'label', 'technique', 'start', 'end', 'quote', 'note'] as const;

// RFC 4180 ends records with CRLF; a CRLF inside a quote stays inside its quoted field.
const NEWLINE = '\r\n';

/**
 * Spans as CSV rows `document_id,annotator,label,technique,start,end,quote,note` with offsets in
 * the requested unit. No comment line states the unit (CSV has no comments); the CLI says it.
 */
export const csvCodec: ExportCodec = {
  target: 'file',
  unitFor: (requested) => requested,
  write(documents, sink, context) {
    sink.write(`${Papa.unparse([[...CSV_COLUMNS]], { newline: NEWLINE })}${NEWLINE}`);
    let relations = 0;
    for (const document of documents) {
      relations += document.relations.length;
      if (document.spans.length === 0) continue;
      sink.write(
        `${Papa.unparse(spanRows(document, codePointsTo(document.text, context.offsets)), { newline: NEWLINE })}${NEWLINE}`,
      );
    }
    if (relations > 0)
      context.warn(`CSV has one row a span and no place for relations: ${relations} relation(s) were not written`);
  },
};

function spanRows(document: NativeDocument, toUnit: (codePoint: number) => number): string[][] {
  const map = offsetMapFor(document.text);
  return document.spans.map((span) => [
    document.id,
    span.annotator ?? '',
    span.label,
    span.technique ?? '',
    String(toUnit(span.start)),
    String(toUnit(span.end)),
    // The quote comes from the text itself, so it always matches the offsets.
    sliceCodePoints(document.text, span.start, span.end, map),
    span.note ?? '',
  ]);
}
