// WebAnno TSV annotations → Spanmark spans and relations. Which layers: every span layer except
// DKPro Core's token-level ones (POS, lemma, stem, morphology), which are read only when a
// relation layer attaches to them (dependencies on POS); every relation layer whose ends are an
// imported span layer. The label is the feature named `label`, else `value`, else the layer's
// first feature; an annotation without that value is labelled with the layer's short name.
// Spanmark's own layer maps label, technique and note back; other features become attributes.
import { InputError } from '../errors';
import { offsetMapFor, type OffsetMap } from '../offsets';
import type { NativeRelation, NativeSpan } from './native';
import type { WebannoBody } from './webannoBody';
import type { WebannoSpan } from './webannoColumns';
import type { WebannoLayer, WebannoSchema } from './webannoSchema';

/** The span layer Spanmark writes, with features label, technique and note. */
export const SPANMARK_SPAN_LAYER = 'webanno.custom.Spanmark';
/** The relation layer Spanmark writes, with feature label. */
export const SPANMARK_RELATION_LAYER = 'webanno.custom.SpanmarkRelation';
/** Document meta key listing the layers of a file that were not imported. */
export const WEBANNO_SKIPPED_META = 'webanno_skipped_layers';

const TOKEN_LEVEL_LAYERS = new Set([
  'de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS',
  'de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma',
  'de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Stem',
  'de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.morph.MorphologicalFeatures',
]);

/** What the annotations of one file gave: spans, relations, layers left out, and one error per span Spanmark cannot hold. */
export interface WebannoAnnotations {
  spans: NativeSpan[];
  relations: NativeRelation[];
  skippedLayers: string[];
  errors: InputError[];
}

/** Converts the annotations of a read file into code-point spans and relations. */
export function webannoAnnotations(schema: WebannoSchema, body: WebannoBody, file: string): WebannoAnnotations {
  const attached = new Set(schema.layers.filter((layer) => layer.kind === 'relation').map((layer) => layer.baseType));
  const spanLayers = schema.layers.filter(
    (layer) => layer.kind === 'span' && (!TOKEN_LEVEL_LAYERS.has(layer.type) || attached.has(layer.type)),
  );
  const spanTypes = new Set(spanLayers.map((layer) => layer.type));
  const relationLayers = schema.layers.filter(
    (layer) => layer.kind === 'relation' && spanTypes.has(layer.baseType ?? ''),
  );
  const result: WebannoAnnotations = {
    spans: [],
    relations: [],
    skippedLayers: schema.layers
      .filter((layer) => !spanLayers.includes(layer) && !relationLayers.includes(layer))
      .map((layer) => layer.type),
    errors: [],
  };
  const map = offsetMapFor(body.text);
  const converted = new Map<WebannoSpan, NativeSpan>();
  for (const annotation of body.spans) {
    if (!spanTypes.has(annotation.layer.type)) continue;
    if (annotation.begin === annotation.end) {
      result.errors.push(
        new InputError(
          file,
          annotation.line,
          `a zero-length ${shortName(annotation.layer.type)} annotation at ${annotation.begin} cannot be stored (a span needs start < end); it is left out`,
        ),
      );
      continue;
    }
    const range = codePoints(annotation, map);
    if (range === null) {
      result.errors.push(
        new InputError(
          file,
          annotation.line,
          `the annotation at ${annotation.begin}-${annotation.end} (UTF-16) splits a character in two; it is left out`,
        ),
      );
      continue;
    }
    const span = spanOf(annotation, range);
    converted.set(annotation, span);
    result.spans.push(span);
  }
  const spanIds = new Set<string>();
  const endpoint = (unitId: string, disambiguation: number, layer: WebannoLayer): NativeSpan | undefined => {
    const candidates = body.spans.filter(
      (annotation) =>
        annotation.layer.type === layer.baseType && annotation.units[0] === unitId && converted.has(annotation),
    );
    const match = candidates.find((annotation) =>
      disambiguation === 0 ? annotation.disambiguation === null : annotation.disambiguation === disambiguation,
    );
    const annotation = match ?? (disambiguation === 0 ? candidates[0] : undefined);
    if (annotation === undefined) return undefined;
    const span = converted.get(annotation)!;
    if (span.id === undefined) {
      // Only relation ends need ids; they are named by the file's own address of the annotation.
      let id = `${unitId}${annotation.disambiguation === null ? '' : `[${annotation.disambiguation}]`}`;
      for (let suffix = 2; spanIds.has(id); suffix++) id = `${unitId}~${suffix}`;
      span.id = id;
      spanIds.add(id);
    }
    return span;
  };
  for (const relation of body.relations) {
    if (!relationLayers.includes(relation.layer)) continue;
    const from = endpoint(relation.source, relation.sourceDisambiguation, relation.layer);
    const to = endpoint(relation.target, relation.targetDisambiguation, relation.layer);
    if (from === undefined || to === undefined) {
      const missing = from === undefined ? relation.source : relation.target;
      result.errors.push(
        new InputError(
          file,
          relation.line,
          `a ${shortName(relation.layer.type)} relation points to ${missing}, where there is no ${shortName(relation.layer.baseType ?? '')} annotation to attach it to; it is left out`,
        ),
      );
      continue;
    }
    result.relations.push({ type: labelOf(relation.layer, relation.features), from: from.id!, to: to.id! });
  }
  return result;
}

function codePoints(annotation: WebannoSpan, map: OffsetMap): { start: number; end: number } | null {
  try {
    return { start: map.toCodePoint(annotation.begin), end: map.toCodePoint(annotation.end) };
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

function spanOf(annotation: WebannoSpan, range: { start: number; end: number }): NativeSpan {
  const span: NativeSpan = { ...range, label: labelOf(annotation.layer, annotation.features) };
  const labelFeature = labelFeatureOf(annotation.layer);
  const attributes: Record<string, unknown> = {};
  for (const [feature, value] of annotation.features) {
    if (value === null || feature === labelFeature) continue;
    if (annotation.layer.type === SPANMARK_SPAN_LAYER && feature === 'technique') span.technique = value;
    else if (annotation.layer.type === SPANMARK_SPAN_LAYER && feature === 'note') span.note = value;
    else attributes[feature] = value;
  }
  if (Object.keys(attributes).length > 0) span.attributes = attributes;
  return span;
}

function labelOf(layer: WebannoLayer, features: Map<string, string | null>): string {
  const feature = labelFeatureOf(layer);
  const value = feature === null ? null : features.get(feature);
  return value === null || value === undefined || value === '' ? shortName(layer.type) : value;
}

function labelFeatureOf(layer: WebannoLayer): string | null {
  const features = layer.columns.filter((column) => column.kind === 'feature').map((column) => column.feature);
  return (
    features.find((name) => name.toLowerCase() === 'label') ??
    features.find((name) => name.toLowerCase() === 'value') ??
    features[0] ??
    null
  );
}

function shortName(type: string): string {
  return type.split('.').pop() ?? type;
}
