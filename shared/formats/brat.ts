// brat standoff: a folder of X.txt + X.ann pairs, offsets in code points. Import pairs the files
// (see bratPairing), export writes <id>.txt, <id>.ann and an annotation.conf from the scheme.
// brat has no annotators: an .ann away from its text is read as its folder's annotator, and an
// export of several annotators writes all their spans into one .ann with a warning.
import { InputError } from '../errors';
import { titleFromText } from '../textDecoding';
import type { ExportCodec, ExportContext, ExportSink, ImportCodec, InputFile, ParseItem } from './codec';
import { readBratAnn } from './bratAnn';
import { BRAT_UNSUPPORTED_META, writeBratAnn, type BratLosses } from './bratAnnWrite';
import { bratAnnotationConf, type BratUsedNames } from './bratConf';
import { BratTypeNames } from './bratNames';
import { pairBratFiles } from './bratPairing';
import { ExportPaths } from './exportPaths';
import type { NativeDocument, SpanOrigin } from './native';

/** Meta key for verbatim lines of other annotators' .ann files, by file (kept for reference, not written back). */
export const BRAT_UNSUPPORTED_OTHER_META = 'brat_unsupported_other';

const DATA_FILE = /\.(?:txt|ann)$/iu;
const NOT_DATA = /^readme/iu;

/** brat standoff folders: `X.txt` + `X.ann` (T, R, A/M, # lines; discontinuous fragments), code points. */
export const bratCodec: ImportCodec & ExportCodec = {
  accepts: (name) => {
    const base = name.split(/[\\/]/u).pop() ?? name;
    return DATA_FILE.test(base) && !NOT_DATA.test(base);
  },
  parse: parseBratFiles,
  target: 'folder',
  unitFor: () => 'codepoint',
  write: writeBratFolder,
};

function* parseBratFiles(files: InputFile[]): Generator<ParseItem> {
  const txts: InputFile[] = [];
  const anns: InputFile[] = [];
  for (const file of files) {
    if (/\.txt$/iu.test(file.name)) txts.push(file);
    else if (/\.ann$/iu.test(file.name)) anns.push(file);
    // annotation.conf, visual.conf, tools.conf … configure brat's UI, not the data.
    else if (!/\.conf$/iu.test(file.name)) {
      yield {
        error: new InputError(file.path, null, 'brat data is .txt and .ann files; leave this file out of the import'),
      };
    }
  }
  const pairing = pairBratFiles(txts, anns);
  for (const error of pairing.errors) yield { error };
  const seenIds = new Map<string, string>();
  for (const files of pairing.documents) {
    const earlier = seenIds.get(files.id);
    if (earlier !== undefined) {
      yield {
        error: new InputError(
          files.txt.path,
          null,
          `document id "${files.id}" is also given by ${earlier}; import one of them`,
        ),
      };
      continue;
    }
    seenIds.set(files.id, files.txt.path);
    const text = files.txt.text();
    const document: NativeDocument = {
      id: files.id,
      title: titleFromText(text, files.id),
      text,
      meta: {},
      spans: [],
      relations: [],
      status: {},
    };
    const spanOrigins: SpanOrigin[] = [];
    if (files.own !== null) {
      const own = readBratAnn(files.own.lines(), text, files.own.path);
      for (const error of own.errors) yield { error };
      document.spans.push(...own.spans);
      spanOrigins.push(...own.origins);
      document.relations.push(...own.relations);
      if (own.unsupported.length > 0) document.meta[BRAT_UNSUPPORTED_META] = own.unsupported;
    }
    const otherUnsupported: Record<string, string[]> = {};
    for (const { ann, annotator } of files.others) {
      const other = readBratAnn(ann.lines(), text, ann.path, { idPrefix: `${annotator}:`, annotator });
      for (const error of other.errors) yield { error };
      document.spans.push(...other.spans);
      spanOrigins.push(...other.origins);
      document.relations.push(...other.relations);
      if (other.unsupported.length > 0) otherUnsupported[ann.name] = other.unsupported;
    }
    if (Object.keys(otherUnsupported).length > 0) document.meta[BRAT_UNSUPPORTED_OTHER_META] = otherUnsupported;
    yield { document, file: (files.own ?? files.txt).path, line: null, spanOrigins };
  }
}

function writeBratFolder(documents: Iterable<NativeDocument>, sink: ExportSink, context: ExportContext): void {
  const names = new BratTypeNames([
    ...context.scheme.labels.map((label) => label.key),
    ...context.scheme.relationTypes.map((type) => type.key),
  ]);
  const used: BratUsedNames = { labels: new Set(), relationTypes: new Set(), attributes: new Map() };
  const losses: BratLosses = { attributes: 0, fragments: 0, relations: 0, keptLines: 0 };
  const paths = new ExportPaths();
  let mixedAnnotators = 0;
  let otherMeta = 0;
  for (const document of documents) {
    const path = paths.pathFor(document.id);
    if (new Set(document.spans.map((span) => span.annotator)).size > 1) mixedAnnotators++;
    if (Object.keys(document.meta).some((key) => key !== BRAT_UNSUPPORTED_META && key !== BRAT_UNSUPPORTED_OTHER_META))
      otherMeta++;
    for (const span of document.spans) used.labels.add(span.technique ?? span.label);
    for (const relation of document.relations) used.relationTypes.add(relation.type);
    sink.writeFile(`${path}.txt`, document.text);
    sink.writeFile(`${path}.ann`, writeBratAnn(document, names, used.attributes, losses));
  }
  sink.writeFile('annotation.conf', bratAnnotationConf(context.scheme, used, names));
  if (mixedAnnotators > 0) {
    context.warn(
      `brat has no annotators: ${mixedAnnotators} document(s) had spans by several annotators, all written into one .ann; export one annotator at a time to keep them apart`,
    );
  }
  if (losses.attributes > 0) {
    context.warn(
      `${losses.attributes} span attribute(s) were not written: brat attributes are true or one word without spaces, "|" or ","; their names use only A-Z, a-z, 0-9, _ and -`,
    );
  }
  if (losses.fragments > 0)
    context.warn(`${losses.fragments} span(s) had invalid "fragments" attributes and were written as one piece`);
  if (losses.relations > 0)
    context.warn(`${losses.relations} relation(s) pointed to spans not in the export and were not written`);
  if (losses.keptLines > 0) {
    context.warn(
      `${losses.keptLines} brat line(s) kept from the import (events, normalizations, …) point to annotations no longer there and were not written`,
    );
  }
  if (paths.changed > 0)
    context.warn(`${paths.changed} document id(s) are not safe file names and were changed for the file names`);
  if (otherMeta > 0)
    context.warn(`brat has no document metadata: the meta of ${otherMeta} document(s) was not written`);
}
