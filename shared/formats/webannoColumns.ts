// The annotation columns of one token or sub-token line of WebAnno TSV 3.x, gathered into span
// and relation annotations. Like WebAnno's reader: stacked values (`A[1]|B[2]`) with the same
// stacking index are one annotation across the layer's columns; a `[N]` disambiguation id joins
// the units of a multi-token annotation; `_` means no annotation, `*` an annotation without a
// value for that feature. Offsets stay UTF-16 here.
import { InputError } from '../errors';
import { splitSuffix, splitUnescaped, unescapeWebannoValue } from './webannoEscape';
import type { WebannoLayer, WebannoSchema } from './webannoSchema';

/** A token (`1-3`) or sub-token (`1-3.1`) line: its id, UTF-16 offsets and line number. */
export interface WebannoUnit {
  id: string;
  begin: number;
  end: number;
  line: number;
}

/** A span annotation: the units it was listed on, their UTF-16 extent, its feature values (null for `*`). */
export interface WebannoSpan {
  layer: WebannoLayer;
  features: Map<string, string | null>;
  units: string[];
  begin: number;
  end: number;
  disambiguation: number | null;
  line: number;
}

/** A relation annotation, listed on its target's first unit with the source unit's id. */
export interface WebannoRelation {
  layer: WebannoLayer;
  features: Map<string, string | null>;
  source: string;
  sourceDisambiguation: number;
  target: string;
  targetDisambiguation: number;
  line: number;
}

/** Collects the annotations of a file line by line. */
export class WebannoColumnReader {
  readonly spans: WebannoSpan[] = [];
  readonly relations: WebannoRelation[] = [];
  private readonly byDisambiguation = new Map<string, WebannoSpan>();

  constructor(
    private readonly schema: WebannoSchema,
    private readonly file: string,
  ) {}

  /** Reads the annotation columns (after id, offsets and token text) of one unit's line. */
  read(unit: WebannoUnit, fields: string[]): void {
    for (const layer of this.schema.layers) {
      if (layer.kind === 'span') this.readSpans(layer, unit, fields);
      else if (layer.kind === 'relation') this.readRelations(layer, unit, fields);
    }
  }

  private readSpans(layer: WebannoLayer, unit: WebannoUnit, fields: string[]): void {
    const stacked: WebannoSpan[] = [];
    for (const column of layer.columns) {
      if (column.kind !== 'feature' && column.kind !== 'placeholder') continue;
      const raw = fields[3 + column.index]!;
      if (raw === '_') continue;
      splitUnescaped(raw, '|').forEach((entry, stackIndex) => {
        const { value, suffix } = splitSuffix(entry);
        const disambiguation = suffix === null ? null : this.number(suffix, unit, raw);
        const key = `${layer.type}#${disambiguation}`;
        let span = stacked[stackIndex] ?? (disambiguation === null ? undefined : this.byDisambiguation.get(key));
        if (span === undefined) {
          span = {
            layer,
            features: new Map(),
            units: [],
            begin: unit.begin,
            end: unit.end,
            disambiguation,
            line: unit.line,
          };
          this.spans.push(span);
          if (disambiguation !== null) this.byDisambiguation.set(key, span);
        }
        if (!span.units.includes(unit.id)) {
          span.units.push(unit.id);
          span.begin = Math.min(span.begin, unit.begin);
          span.end = Math.max(span.end, unit.end);
        }
        stacked[stackIndex] = span;
        if (column.kind === 'feature') span.features.set(column.feature, featureValue(value));
      });
    }
  }

  private readRelations(layer: WebannoLayer, unit: WebannoUnit, fields: string[]): void {
    const sourceColumn = layer.columns.find((column) => column.kind === 'relationSource');
    if (sourceColumn === undefined) return;
    const raw = fields[3 + sourceColumn.index]!;
    if (raw === '_') return;
    const relations = splitUnescaped(raw, '|').map((entry): WebannoRelation => {
      const { value, suffix } = splitSuffix(entry);
      const [sourceId, targetId] = suffix === null ? ['0', '0'] : suffix.split('_');
      if (targetId === undefined)
        this.fail(unit, `relation reference ${JSON.stringify(entry)} must end in [source_target] ids`);
      return {
        layer,
        features: new Map(),
        source: value,
        sourceDisambiguation: this.number(sourceId!, unit, raw),
        target: unit.id,
        targetDisambiguation: this.number(targetId!, unit, raw),
        line: unit.line,
      };
    });
    for (const column of layer.columns) {
      if (column.kind !== 'feature') continue;
      const values = splitUnescaped(fields[3 + column.index]!, '|');
      relations.forEach((relation, index) => {
        const value = values[index];
        if (value !== undefined && value !== '_')
          relation.features.set(column.feature, featureValue(splitSuffix(value).value));
      });
    }
    this.relations.push(...relations);
  }

  private number(text: string, unit: WebannoUnit, raw: string): number {
    if (!/^\d+$/u.test(text)) this.fail(unit, `${JSON.stringify(raw)}: the id in brackets must be a whole number`);
    return Number(text);
  }

  private fail(unit: WebannoUnit, reason: string): never {
    throw new InputError(this.file, unit.line, reason);
  }
}

function featureValue(value: string): string | null {
  return value === '*' ? null : unescapeWebannoValue(value);
}
