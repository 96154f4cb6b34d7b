// PTC / SemEval-2020 Task 11 and SemEval-2023 Task 3 span files: article texts named
// `article<ID>.txt` plus label files of `<ID>\t<technique>\t<start>\t<end>` lines. The document id
// is <ID>; a technique passes through as the span label (the importer files technique keys under
// propaganda). Export writes only the label TSV: the format has no place for texts, relations,
// notes, attributes, annotators or the offset unit.
import { InputError } from '../errors';
import { titleFromText } from '../textDecoding';
import type { ExportCodec, ExportContext, ImportCodec, InputFile, ParseItem } from './codec';
import type { NativeDocument, NativeSpan } from './native';
import { formatPtcLabelLine, parsePtcLabelLine, type PtcLabel } from './ptcLabels';
import { codePointsTo } from './unitOffsets';

const ARTICLE_NAME = /^article([^.\s\\/-]+)\.txt$/iu;
const LABEL_FILE = /\.(?:labels|tsv|txt)$/iu;
const NOT_DATA = /^readme/iu;
const UNSAFE_FIELD = /[\t\r\n]/u;

/** PTC / SemEval span files: `article<ID>.txt` texts plus `<ID>\t<technique>\t<start>\t<end>` label files, code points. */
export const ptcCodec: ImportCodec & ExportCodec = {
  accepts: (name) => {
    const base = baseName(name);
    return LABEL_FILE.test(base) && !NOT_DATA.test(base);
  },
  parse: parsePtcFiles,
  target: 'file',
  // The label lines carry no unit, so the requested one is used and the CLI message must state it.
  unitFor: (requested) => requested,
  write: writePtcLabels,
};

/** The article id a file name stands for (`article111111111.txt` → `111111111`), or null for a label file. */
export function ptcArticleId(name: string): string | null {
  return ARTICLE_NAME.exec(baseName(name))?.[1] ?? null;
}

function* parsePtcFiles(files: InputFile[]): Generator<ParseItem> {
  const articles = new Map<string, InputFile>();
  const labels = new Map<string, PtcLabel[]>();
  for (const file of files) {
    const articleId = ptcArticleId(file.name);
    if (articleId !== null) {
      const earlier = articles.get(articleId);
      if (earlier !== undefined) {
        yield fail(file.path, null, `article id "${articleId}" is also given by ${earlier.path}; import one of them`);
      } else {
        articles.set(articleId, file);
      }
      continue;
    }
    let lineNumber = 0;
    for (const line of file.lines()) {
      lineNumber++;
      try {
        const label = parsePtcLabelLine(line, file.path, lineNumber);
        if (label === null) continue;
        const list = labels.get(label.articleId) ?? [];
        list.push(label);
        labels.set(label.articleId, list);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        yield { error };
      }
    }
  }
  for (const [id, file] of articles) {
    const text = file.text();
    const given = labels.get(id) ?? [];
    const spans = given.map((label): NativeSpan => ({ start: label.start, end: label.end, label: label.label }));
    labels.delete(id);
    const document: NativeDocument = {
      id,
      title: titleFromText(text, id),
      text,
      meta: {},
      spans,
      relations: [],
      status: {},
    };
    // Each span keeps its .labels line, so a problem with it names that line, not the article.
    yield {
      document,
      file: file.path,
      line: null,
      spanOrigins: given.map(({ file: labelFile, line }) => ({ file: labelFile, line })),
    };
  }
  for (const [id, orphans] of labels) {
    const first = orphans[0]!;
    const count = orphans.length === 1 ? 'this label' : `this and ${orphans.length - 1} more label line(s)`;
    yield fail(first.file, first.line, `no article text for id "${id}" (${count}); add article${id}.txt to the import`);
  }
}

function writePtcLabels(
  documents: Iterable<NativeDocument>,
  sink: { write(chunk: string): void },
  context: ExportContext,
): void {
  const dropped = { relations: 0, notes: 0, attributes: 0, mixedAnnotators: 0, unsafe: 0 };
  for (const document of documents) {
    dropped.relations += document.relations.length;
    dropped.notes += document.spans.filter((span) => (span.note ?? '') !== '').length;
    dropped.attributes += document.spans.filter((span) => Object.keys(span.attributes ?? {}).length > 0).length;
    if (new Set(document.spans.map((span) => span.annotator)).size > 1) dropped.mixedAnnotators++;
    const toUnit = codePointsTo(document.text, context.offsets);
    for (const span of documentOrder(document.spans)) {
      const label = span.technique ?? span.label;
      if (UNSAFE_FIELD.test(document.id) || UNSAFE_FIELD.test(label)) {
        dropped.unsafe++;
        continue;
      }
      sink.write(`${formatPtcLabelLine(document.id, label, toUnit(span.start), toUnit(span.end))}\n`);
    }
  }
  if (dropped.unsafe > 0) {
    context.warn(
      `${dropped.unsafe} span(s) were not written: their document id or label contains a tab or line break, which PTC's TSV cannot hold`,
    );
  }
  if (dropped.relations > 0)
    context.warn(`PTC label files have no relations: ${dropped.relations} relation(s) were not written`);
  if (dropped.notes > 0) context.warn(`PTC label files have no notes: ${dropped.notes} span note(s) were not written`);
  if (dropped.attributes > 0)
    context.warn(`PTC label files have no attributes: ${dropped.attributes} span(s) lost their attributes`);
  if (dropped.mixedAnnotators > 0) {
    context.warn(
      `PTC label files have no annotator column: ${dropped.mixedAnnotators} document(s) had spans by several annotators, written together; export one annotator at a time to keep them apart`,
    );
  }
}

/** Spans by start, then end, keeping the given order among equal ones. */
function documentOrder(spans: NativeSpan[]): NativeSpan[] {
  return spans
    .map((span, index) => ({ span, index }))
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.index - b.index)
    .map(({ span }) => span);
}

function fail(file: string, line: number | null, reason: string): ParseItem {
  return { error: new InputError(file, line, reason) };
}

function baseName(name: string): string {
  return name.split(/[\\/]/u).pop() ?? name;
}
