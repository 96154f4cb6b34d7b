// One Label Studio task → a document. A task is {id, data: {text}, meta, annotations: [{completed_by,
// result}], predictions: [{model_version, result}]}; results are text regions (type "labels") and
// relations between regions of the same annotation. Other result types (choices, textarea, …)
// describe the whole task rather than a span and are skipped.
import { z } from 'zod';
import { InputError } from '../errors';
import { titleFromText } from '../textDecoding';
import { OFFSET_UNITS, type OffsetUnit } from './codec';
import { regionOffsetReader } from './labelStudioOffsets';
import type { NativeDocument, NativeRelation, NativeSpan } from './native';

const idValue = z.union([z.string().min(1), z.number()]);
const offset = z.number().int().nonnegative();
const resultList = z.array(z.record(z.string(), z.unknown()));
const annotationShape = z.object({
  completed_by: z.unknown().optional(),
  was_cancelled: z.boolean().optional(),
  result: resultList.optional(),
});
const predictionShape = z.object({
  model_version: z.union([z.string(), z.number()]).nullable().optional(),
  result: resultList.optional(),
});
const taskShape = z.object({
  id: idValue.optional(),
  data: z.record(z.string(), z.unknown()).optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
  annotations: z.array(annotationShape).optional(),
  // Label Studio before 1.0 called annotations "completions".
  completions: z.array(annotationShape).optional(),
  predictions: z.array(predictionShape).optional(),
});
const regionShape = z.object({
  id: idValue.optional(),
  value: z.object({
    start: offset,
    end: offset,
    text: z.string().optional(),
    labels: z.array(z.string().min(1)).min(1),
  }),
  meta: z.object({ text: z.array(z.string()).optional() }).optional(),
});
const relationShape = z.object({
  from_id: idValue,
  to_id: idValue,
  direction: z.enum(['right', 'left', 'bi']).optional(),
  labels: z.array(z.string().min(1)).optional(),
});

/** Where Spanmark's own export states its offset unit in each task; read back, then dropped from meta. */
export const OFFSET_UNIT_META_KEY = 'spanmark_offsets';
/** The relation type of a Label Studio relation that has no label. */
export const UNLABELLED_RELATION_TYPE = 'related';

/** Builds a document from one parsed Label Studio task; throws an InputError naming the file and line on a wrong shape. */
export function documentFromLabelStudio(json: unknown, file: string, line: number, fallbackId: string): NativeDocument {
  const fail = (reason: string): never => {
    throw new InputError(file, line, reason);
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail('expected a Label Studio task, a JSON object like {"data": {"text": "…"}, "annotations": […]}');
  }
  const task = checked(taskShape, json, 'the task', fail);
  // A task written for import may be flat: its own fields are the data.
  const data = task.data ?? Object.fromEntries(Object.entries(json).filter(([key]) => !(key in taskShape.shape)));
  const textKey =
    typeof data.text === 'string' ? 'text' : Object.keys(data).find((key) => typeof data[key] === 'string');
  if (textKey === undefined)
    return fail('the task has no text: "data" holds no string field; only text tasks can be imported');
  const text = data[textKey] as string;
  const id = task.id === undefined ? fallbackId : String(task.id);

  const { [OFFSET_UNIT_META_KEY]: declared, ...meta } = task.meta ?? {};
  if (declared !== undefined && !OFFSET_UNITS.includes(declared as OffsetUnit)) {
    fail(`meta.${OFFSET_UNIT_META_KEY} is ${JSON.stringify(declared)}; it must be one of ${OFFSET_UNITS.join(', ')}`);
  }
  const collector = new ResultCollector(text, (declared as OffsetUnit | undefined) ?? null, fail);
  (task.annotations ?? task.completions ?? []).forEach((annotation, index) => {
    if (annotation.was_cancelled === true) return;
    collector.add(annotation.result ?? [], annotatorName(annotation.completed_by), `annotations[${index}]`);
  });
  task.predictions?.forEach((prediction, index) => {
    const version = prediction.model_version;
    const annotator =
      version === undefined || version === null || version === '' ? 'prediction' : `prediction-${version}`;
    collector.add(prediction.result ?? [], annotator, `predictions[${index}]`);
  });
  return {
    id,
    title: titleFromText(text, id),
    text,
    meta,
    spans: collector.spans,
    relations: collector.relations,
    status: {},
  };
}

/** A readable name for Label Studio's `completed_by`: a user id, a user object or a name. */
export function annotatorName(completedBy: unknown): string | undefined {
  if (typeof completedBy === 'number') return `user-${completedBy}`;
  if (typeof completedBy === 'string') return completedBy === '' ? undefined : completedBy;
  if (typeof completedBy !== 'object' || completedBy === null) return undefined;
  const user = completedBy as Record<string, unknown>;
  for (const key of ['email', 'username']) {
    if (typeof user[key] === 'string' && user[key] !== '') return user[key];
  }
  return typeof user.id === 'number' || typeof user.id === 'string' ? `user-${user.id}` : undefined;
}

class ResultCollector {
  readonly spans: NativeSpan[] = [];
  readonly relations: NativeRelation[] = [];
  private readonly spanIds = new Set<string>();
  private readonly relationIds = new Set<string>();
  private readonly readOffsets: ReturnType<typeof regionOffsetReader>;

  constructor(
    text: string,
    declared: OffsetUnit | null,
    private readonly fail: (reason: string) => never,
  ) {
    this.readOffsets = regionOffsetReader(text, declared);
  }

  /** Adds one annotation's (or prediction's) results; relations resolve only within it. */
  add(results: Record<string, unknown>[], annotator: string | undefined, where: string): void {
    const regionSpans = new Map<string, string>();
    results.forEach((result, index) => {
      const type = result.type;
      if (type === 'labels') this.addRegion(result, index, annotator, `${where}.result[${index}]`, regionSpans);
      else if (typeof type === 'string' && type !== 'relation' && type.endsWith('labels')) {
        this.fail(
          `${where}.result[${index}] is a "${type}" region; only Text regions (type "labels", start/end offsets) can be imported`,
        );
      }
    });
    results.forEach((result, index) => {
      if (result.type === 'relation') this.addRelation(result, annotator, `${where}.result[${index}]`, regionSpans);
    });
  }

  private addRegion(
    result: unknown,
    index: number,
    annotator: string | undefined,
    where: string,
    regionSpans: Map<string, string>,
  ): void {
    const region = checked(regionShape, result, where, this.fail);
    const regionId = region.id === undefined ? `region-${index + 1}` : String(region.id);
    const { start, end, quote } = this.readOffsets(region.value.start, region.value.end, region.value.text);
    const note = region.meta?.text?.join('\n');
    // A region with several labels becomes one span per label; relations attach to the first.
    for (const label of region.value.labels) {
      const id = this.uniqueSpanId(regionId);
      if (!regionSpans.has(regionId)) regionSpans.set(regionId, id);
      this.spans.push({
        id,
        start,
        end,
        label,
        ...(annotator === undefined ? {} : { annotator }),
        ...(note === undefined || note === '' ? {} : { note }),
        ...(quote === undefined ? {} : { quote }),
      });
    }
  }

  private addRelation(
    result: unknown,
    annotator: string | undefined,
    where: string,
    regionSpans: Map<string, string>,
  ): void {
    const relation = checked(relationShape, result, where, this.fail);
    const ends = [relation.from_id, relation.to_id].map((regionId) => {
      const spanId = regionSpans.get(String(regionId));
      if (spanId === undefined) {
        return this.fail(
          `${where}: the relation points to region ${JSON.stringify(regionId)}, which is not a region of the same annotation`,
        );
      }
      return spanId;
    });
    const [from, to] = relation.direction === 'left' ? [ends[1]!, ends[0]!] : [ends[0]!, ends[1]!];
    const types =
      relation.labels === undefined || relation.labels.length === 0 ? [UNLABELLED_RELATION_TYPE] : relation.labels;
    for (const type of types) {
      // Relations have no id in Label Studio; a derived one makes importing the file twice add nothing.
      const id = `${from}-${type}-${to}`;
      if (this.relationIds.has(id)) continue;
      this.relationIds.add(id);
      this.relations.push({ id, type, from, to, ...(annotator === undefined ? {} : { annotator }) });
    }
  }

  // Region ids repeat across annotations when one was copied from a prediction or another annotation.
  private uniqueSpanId(base: string): string {
    let id = base;
    for (let copy = 2; this.spanIds.has(id); copy++) id = `${base}-${copy}`;
    this.spanIds.add(id);
    return id;
  }
}

function checked<T>(shape: z.ZodType<T>, value: unknown, where: string, fail: (reason: string) => never): T {
  const parsed = shape.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.length > 0 ? ` field "${issue.path.join('.')}"` : '';
  return fail(`${where}${field}: ${issue.message}`);
}
