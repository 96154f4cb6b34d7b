// Label Studio JSON tasks, import and export. Import takes a JSON array of tasks, one task, or
// one task a line. Export writes an array, one task a line, with one annotation per annotator
// and the offset unit stated in each task's meta.spanmark_offsets.
import { InputError } from '../errors';
import { offsetMapFor, sliceCodePoints } from '../offsets';
import type { ExportCodec, ImportCodec, InputFile, OffsetUnit, ParseItem } from './codec';
import { fileStem } from './fileStem';
import { jsonRecords } from './jsonRecords';
import { documentFromLabelStudio, OFFSET_UNIT_META_KEY } from './labelStudioTask';
import type { NativeDocument, NativeSpan } from './native';
import { spanLabelName } from './spanLabelName';
import { codePointsTo } from './unitOffsets';

/** The names of the default Label Studio NER config (`<Labels name="label" toName="text">`, `<Text name="text">`). */
export const LABEL_STUDIO_CONTROL_NAMES = { from: 'label', to: 'text' } as const;

/** Label Studio JSON tasks with text regions and relations; offsets are code points or UTF-16 as requested. */
export const labelStudioCodec: ImportCodec & ExportCodec = {
  accepts: (name) => /\.jsonl?$/iu.test(name),
  *parse(files) {
    for (const file of files) yield* parseLabelStudioFile(file);
  },
  target: 'file',
  unitFor: (requested) => requested,
  write(documents, sink, context) {
    let tasks = 0;
    let droppedRelations = 0;
    sink.write('[\n');
    for (const document of documents) {
      const { task, dropped } = labelStudioTask(document, context.offsets);
      droppedRelations += dropped;
      sink.write(`${tasks > 0 ? ',\n' : ''}${JSON.stringify(task)}`);
      tasks++;
    }
    sink.write('\n]\n');
    if (droppedRelations > 0) {
      context.warn(
        `Label Studio links regions only within one annotation: ${droppedRelations} relation(s) between spans of different annotators (or to spans not exported) were not written`,
      );
    }
  },
};

function* parseLabelStudioFile(file: InputFile): Generator<ParseItem> {
  const stem = fileStem(file.name);
  for (const record of jsonRecords(file.text(), file.path)) {
    if ('error' in record) {
      yield record;
      continue;
    }
    try {
      yield {
        document: documentFromLabelStudio(record.value, file.path, record.line, `${stem}-${record.line}`),
        file: file.path,
        line: record.line,
      };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      yield { error };
    }
  }
}

/** One document as a Label Studio task, and how many relations it could not hold. */
function labelStudioTask(
  document: NativeDocument,
  unit: OffsetUnit,
): { task: Record<string, unknown>; dropped: number } {
  const toUnit = codePointsTo(document.text, unit);
  const map = offsetMapFor(document.text);
  // One annotation per annotator, in the order their first span appears.
  const annotations = new Map<string | undefined, Record<string, unknown>[]>();
  const regionOf = new Map<string, { annotator: string | undefined; regionId: string }>();
  const usedIds = new Set(document.spans.flatMap((span) => (span.id === undefined ? [] : [span.id])));
  document.spans.forEach((span, index) => {
    const regionId = span.id ?? freshId(usedIds, index + 1);
    if (span.id !== undefined) regionOf.set(span.id, { annotator: span.annotator, regionId });
    const results = annotations.get(span.annotator) ?? [];
    annotations.set(span.annotator, results);
    results.push(regionResult(span, regionId, toUnit, sliceCodePoints(document.text, span.start, span.end, map)));
  });
  let dropped = 0;
  for (const relation of document.relations) {
    const from = regionOf.get(relation.from);
    const to = regionOf.get(relation.to);
    if (from === undefined || to === undefined || from.annotator !== to.annotator) {
      dropped++;
      continue;
    }
    annotations.get(from.annotator)!.push({
      from_id: from.regionId,
      to_id: to.regionId,
      type: 'relation',
      direction: 'right',
      labels: [relation.type],
    });
  }
  const task = {
    id: document.id,
    data: { text: document.text },
    meta: { ...document.meta, [OFFSET_UNIT_META_KEY]: unit },
    annotations: [...annotations].map(([annotator, result]) => ({
      ...(annotator === undefined ? {} : { completed_by: annotator }),
      result,
    })),
  };
  return { task, dropped };
}

function regionResult(
  span: NativeSpan,
  regionId: string,
  toUnit: (codePoint: number) => number,
  quote: string,
): Record<string, unknown> {
  return {
    id: regionId,
    from_name: LABEL_STUDIO_CONTROL_NAMES.from,
    to_name: LABEL_STUDIO_CONTROL_NAMES.to,
    type: 'labels',
    value: { start: toUnit(span.start), end: toUnit(span.end), text: quote, labels: [spanLabelName(span)] },
    // Label Studio keeps a region's free-text notes in meta.text.
    ...(span.note === undefined || span.note === '' ? {} : { meta: { text: [span.note] } }),
  };
}

// Regions need ids for relations; a span without one gets the first free `span-<n>`.
function freshId(used: Set<string>, from: number): string {
  let n = from;
  while (used.has(`span-${n}`)) n++;
  used.add(`span-${n}`);
  return `span-${n}`;
}
