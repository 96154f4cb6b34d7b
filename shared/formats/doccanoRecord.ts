// One doccano JSONL record → a document. doccano writes two shapes: sequence labelling
// {"text", "label": [[start, end, "L"], …]} and relation extraction {"text", "entities": [{id,
// start_offset, end_offset, label}], "relations": [{id, from_id, to_id, type}]}. Offsets are
// Python string indices, i.e. code points, so they pass through unchanged.
import { z } from 'zod';
import { InputError } from '../errors';
import { titleFromText } from '../textDecoding';
import type { NativeDocument, NativeRelation, NativeSpan } from './native';

const offset = z.number().int().nonnegative();
const labelName = z.string().min(1);
const triple = z.tuple([offset, offset, labelName]);
const entityObject = z.object({
  id: z.union([z.number(), z.string().min(1)]).optional(),
  start_offset: offset,
  end_offset: offset,
  label: labelName,
});
const relationObject = z.object({
  id: z.union([z.number(), z.string().min(1)]).optional(),
  from_id: z.union([z.number(), z.string().min(1)]),
  to_id: z.union([z.number(), z.string().min(1)]),
  type: labelName,
});

// `column_data` / `column_label` are the placeholder names doccano's own import examples use for
// the text and label columns; `labels` is what doccano 1.x exported.
const recordShape = z.object({
  id: z.union([z.number(), z.string().min(1)]).optional(),
  text: z.string().optional(),
  column_data: z.string().optional(),
  label: z.array(triple).optional(),
  labels: z.array(triple).optional(),
  column_label: z.array(triple).optional(),
  entities: z.array(z.union([entityObject, triple])).optional(),
  relations: z.array(relationObject).optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
});

const KNOWN_KEYS = new Set(Object.keys(recordShape.shape));
const SHAPE_HINT =
  'a doccano line is {"text": "…", "label": [[start, end, "label"], …]} or {"text": "…", "entities": [{"id", "start_offset", "end_offset", "label"}], "relations": [{"from_id", "to_id", "type"}]}';

/**
 * Builds a document from one parsed doccano record; throws an InputError naming the file and
 * line when the record has the wrong shape. `fallbackId` names a record that has no id.
 */
export function documentFromDoccano(json: unknown, file: string, line: number, fallbackId: string): NativeDocument {
  const fail = (reason: string): never => {
    throw new InputError(file, line, reason);
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail(`expected a JSON object; ${SHAPE_HINT}`);
  }
  const parsed = recordShape.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(`field "${issue.path.join('.')}": ${issue.message}; ${SHAPE_HINT}`);
  }
  const record = parsed.data;
  const text = record.text ?? record.column_data;
  if (text === undefined) return fail(`the record has no "text" field; ${SHAPE_HINT}`);

  const meta: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) if (!KNOWN_KEYS.has(key)) meta[key] = value;
  Object.assign(meta, record.meta);
  const metaId = record.meta?.id;
  const id =
    record.id !== undefined
      ? String(record.id)
      : typeof metaId === 'string' || typeof metaId === 'number'
        ? String(metaId)
        : fallbackId;

  const spans: NativeSpan[] = [...(record.label ?? []), ...(record.labels ?? []), ...(record.column_label ?? [])].map(
    ([start, end, label]) => ({ start, end, label }),
  );
  const entityIds = new Map<string, string>();
  for (const entity of record.entities ?? []) {
    if (Array.isArray(entity)) {
      spans.push({ start: entity[0], end: entity[1], label: entity[2] });
      continue;
    }
    const span: NativeSpan = { start: entity.start_offset, end: entity.end_offset, label: entity.label };
    if (entity.id !== undefined) {
      const key = String(entity.id);
      if (entityIds.has(key))
        fail(`entity id ${JSON.stringify(entity.id)} appears twice; entity ids must be unique in a record`);
      entityIds.set(key, key);
      span.id = key;
    }
    spans.push(span);
  }
  const relations = (record.relations ?? []).map((relation, index): NativeRelation => {
    const from = entityIds.get(String(relation.from_id));
    const to = entityIds.get(String(relation.to_id));
    for (const [end, found] of [
      [relation.from_id, from],
      [relation.to_id, to],
    ] as const) {
      if (found === undefined) {
        fail(
          `relation #${index + 1} points to entity ${JSON.stringify(end)}, which is not among this record's "entities"`,
        );
      }
    }
    return {
      ...(relation.id === undefined ? {} : { id: String(relation.id) }),
      type: relation.type,
      from: from!,
      to: to!,
    };
  });

  return { id, title: titleFromText(text, id), text, meta, spans, relations, status: {} };
}
