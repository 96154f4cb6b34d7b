// Documents as WebAnno TSV 3.3, one `<id>.tsv` a document: one span layer
// `webanno.custom.Spanmark` (label, technique, note) and one relation layer
// `webanno.custom.SpanmarkRelation` (label) over it, laid out as WebAnno's own writer does.
// A sentence's #Text also holds the whitespace after it unless WebAnno's reader rebuilds that by
// itself, so the text comes back exactly; only whitespace before the first word becomes spaces.
import type { ExportContext, ExportSink } from './codec';
import { ExportPaths } from './exportPaths';
import type { NativeDocument, NativeSpan } from './native';
import { offsetMapFor } from '../offsets';
import { escapeWebannoText, escapeWebannoValue } from './webannoEscape';
import { SPANMARK_RELATION_LAYER, SPANMARK_SPAN_LAYER, WEBANNO_SKIPPED_META } from './webannoDocument';
import { webannoLayout, type WebannoOutUnit } from './webannoUnits';

const HEADER = [
  '#FORMAT=WebAnno TSV 3.3',
  `#T_SP=${SPANMARK_SPAN_LAYER}|label|technique|note`,
  `#T_RL=${SPANMARK_RELATION_LAYER}|label|BT_${SPANMARK_SPAN_LAYER}`,
  '',
].join('\n');

interface Losses {
  unplaceable: number;
  snapped: number;
  relations: number;
  leadingWhitespace: number;
  attributes: number;
  mixedAnnotators: number;
  meta: number;
}

interface PlacedSpan {
  span: NativeSpan;
  units: WebannoOutUnit[];
  disambiguation: number | null;
}

/** Writes each document as `<id>.tsv` into the export folder and warns about what TSV cannot hold. */
export function writeWebannoFolder(
  documents: Iterable<NativeDocument>,
  sink: ExportSink,
  context: ExportContext,
): void {
  const losses: Losses = {
    unplaceable: 0,
    snapped: 0,
    relations: 0,
    leadingWhitespace: 0,
    attributes: 0,
    mixedAnnotators: 0,
    meta: 0,
  };
  const paths = new ExportPaths();
  for (const document of documents) {
    if (new Set(document.spans.map((span) => span.annotator)).size > 1) losses.mixedAnnotators++;
    losses.attributes += document.spans.filter((span) => Object.keys(span.attributes ?? {}).length > 0).length;
    if (Object.keys(document.meta).some((key) => key !== WEBANNO_SKIPPED_META)) losses.meta++;
    sink.writeFile(`${paths.pathFor(document.id)}.tsv`, webannoTsv(document, losses));
  }
  const warn = (count: number, message: string): void => {
    if (count > 0) context.warn(`${count} ${message}`);
  };
  warn(
    losses.unplaceable,
    'span(s) cover no word, only whitespace, and were not written: WebAnno TSV anchors spans on tokens',
  );
  warn(
    losses.snapped,
    'span(s) began or ended in whitespace between words and were written from the first to the last word they cover',
  );
  warn(losses.relations, 'relation(s) pointed to spans that were not written and were left out');
  warn(
    losses.leadingWhitespace,
    'document(s) start with whitespace other than spaces (or have no words); WebAnno TSV keeps only the length of the text before the first word, as spaces',
  );
  warn(
    losses.attributes,
    'span(s) have attributes, which the Spanmark layer in WebAnno TSV does not hold; they were not written',
  );
  warn(
    losses.mixedAnnotators,
    'document(s) had spans by several annotators, written into one file; WebAnno TSV has one file per annotator, so export one annotator at a time to keep them apart',
  );
  warn(losses.meta, 'document(s) have metadata, which WebAnno TSV has no place for; it was not written');
  warn(paths.changed, 'document id(s) are not safe file names and were changed for the file names');
}

/** One document as the content of a WebAnno TSV 3.3 file. */
function webannoTsv(document: NativeDocument, losses: Losses): string {
  const { text } = document;
  const layout = webannoLayout(text);
  if (!/^ *$/u.test(layout.leading) || (layout.sentences.length === 0 && text !== '')) losses.leadingWhitespace++;
  const map = offsetMapFor(text);
  const unordered: PlacedSpan[] = [];
  for (const span of document.spans) {
    const begin = map.toUtf16(span.start);
    const end = map.toUtf16(span.end);
    const units = layout.unitsFor(begin, end);
    if (units === null) {
      losses.unplaceable++;
      continue;
    }
    if (units[0]!.begin !== begin || units.at(-1)!.end !== end) losses.snapped++;
    unordered.push({ span, units, disambiguation: null });
  }
  const placed = canonicalOrder(unordered);
  // A span needs a [N] id when it covers several units or shares a unit with another span.
  const unitUse = new Map<WebannoOutUnit, number>();
  for (const entry of placed) for (const unit of entry.units) unitUse.set(unit, (unitUse.get(unit) ?? 0) + 1);
  let nextId = 1;
  for (const entry of placed) {
    if (entry.units.length > 1 || entry.units.some((unit) => unitUse.get(unit)! > 1)) entry.disambiguation = nextId++;
  }
  const spanColumns = new Map<WebannoOutUnit, string[][]>();
  for (const entry of placed) {
    const suffix = entry.disambiguation === null ? '' : `[${entry.disambiguation}]`;
    const values = [entry.span.label, entry.span.technique ?? '', entry.span.note ?? ''].map(
      (value) => `${value === '' ? '*' : escapeWebannoValue(value)}${suffix}`,
    );
    for (const unit of entry.units) addStacked(spanColumns, unit, values);
  }
  const relationColumns = relationValues(document, placed, losses);
  const lines: string[] = [HEADER];
  for (const sentence of layout.sentences) {
    lines.push('', ...sentence.text.split('\n').map((part) => `#Text=${escapeWebannoText(part)}`));
    for (const token of sentence.tokens) {
      for (const unit of [token, ...token.subTokens]) {
        const spans = columnsOf(spanColumns.get(unit), 3);
        const relations = columnsOf(relationColumns.get(unit), 2);
        lines.push(
          [unit.id, `${unit.begin}-${unit.end}`, text.slice(unit.begin, unit.end), ...spans, ...relations, ''].join(
            '\t',
          ),
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The relation label and source reference columns, on the row of each relation's target's first unit. */
function relationValues(
  document: NativeDocument,
  placed: PlacedSpan[],
  losses: Losses,
): Map<WebannoOutUnit, string[][]> {
  const byId = new Map(placed.filter((entry) => entry.span.id !== undefined).map((entry) => [entry.span.id!, entry]));
  const order = new Map(placed.map((entry, index) => [entry, index]));
  const relations = document.relations
    .map((relation) => ({ relation, from: byId.get(relation.from), to: byId.get(relation.to) }))
    .filter((item) => {
      const whole = item.from !== undefined && item.to !== undefined;
      if (!whole) losses.relations++;
      return whole;
    })
    .sort(
      (a, b) =>
        order.get(a.to!)! - order.get(b.to!)! ||
        order.get(a.from!)! - order.get(b.from!)! ||
        compare(a.relation.type, b.relation.type),
    );
  const columns = new Map<WebannoOutUnit, string[][]>();
  for (const { relation, from, to } of relations) {
    const ids =
      from!.disambiguation !== null || to!.disambiguation !== null
        ? `[${from!.disambiguation ?? 0}_${to!.disambiguation ?? 0}]`
        : '';
    addStacked(columns, to!.units[0]!, [escapeWebannoValue(relation.type), `${from!.units[0]!.id}${ids}`]);
  }
  return columns;
}

function addStacked(columns: Map<WebannoOutUnit, string[][]>, unit: WebannoOutUnit, values: string[]): void {
  const stacks = columns.get(unit) ?? values.map((): string[] => []);
  values.forEach((value, index) => stacks[index]!.push(value));
  columns.set(unit, stacks);
}

function columnsOf(stacks: string[][] | undefined, count: number): string[] {
  return stacks === undefined ? Array.from({ length: count }, () => '_') : stacks.map((stack) => stack.join('|'));
}

/** Placed spans ordered by what is written alone, so the same output always gets the same ids whatever order spans came in. */
function canonicalOrder(placed: PlacedSpan[]): PlacedSpan[] {
  const begin = (entry: PlacedSpan): number => entry.units[0]!.begin;
  const end = (entry: PlacedSpan): number => entry.units.at(-1)!.end;
  return [...placed].sort(
    (a, b) =>
      begin(a) - begin(b) ||
      end(b) - end(a) ||
      compare(a.span.label, b.span.label) ||
      compare(a.span.technique ?? '', b.span.technique ?? '') ||
      compare(a.span.note ?? '', b.span.note ?? ''),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
