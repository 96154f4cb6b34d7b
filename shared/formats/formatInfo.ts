// What the Import… and Export… dialogs and `--help` say about each format.
import type { ExportFormat, ImportFormat } from './formatNames';

/** How a format is shown to the user. */
export interface FormatInfo {
  title: string;
  /** One line on what the format is and holds. */
  description: string;
  /** An import reads a folder (or several files together) rather than single files. */
  importsFolder: boolean;
  /** An export writes a folder of files rather than one file. */
  exportsFolder?: boolean;
}

/** The description of a format name. */
export function formatInfo(name: ImportFormat | ExportFormat): FormatInfo {
  return FORMAT_INFO[name] ?? { title: name, description: '', importsFolder: false };
}

const FORMAT_INFO: Partial<Record<string, FormatInfo>> = {
  auto: {
    title: 'By file extension',
    description: '.txt files as plain articles, .jsonl as Spanmark JSONL.',
    importsFolder: false,
  },
  txt: {
    title: 'Plain text',
    description: 'One article per .txt file; the file name is the document id.',
    importsFolder: false,
  },
  jsonl: {
    title: 'Spanmark JSONL',
    description: 'Lossless: spans, relations, notes, attributes, statuses and annotators.',
    importsFolder: false,
  },
  doccano: {
    title: 'doccano JSONL',
    description: 'doccano sequence labelling, with or without relations.',
    importsFolder: false,
  },
  labelstudio: {
    title: 'Label Studio JSON',
    description: 'Label Studio tasks with labelled regions, relations and annotators.',
    importsFolder: false,
  },
  brat: {
    title: 'brat standoff',
    description: 'A folder of .txt and .ann pairs (T, R, A and # lines) with annotation.conf.',
    importsFolder: true,
    exportsFolder: true,
  },
  ptc: {
    title: 'PTC / SemEval span files',
    description: 'article<ID>.txt files plus tab-separated id, technique, start, end label files.',
    importsFolder: true,
  },
  conll: {
    title: 'CoNLL BIO',
    description: 'One token and tag a line; overlapping spans keep the outermost.',
    importsFolder: false,
  },
  csv: {
    title: 'CSV',
    description: 'One span a row: document, annotator, label, technique, start, end, quote, note.',
    importsFolder: false,
  },
  webanno: {
    title: 'WebAnno TSV 3.3',
    description:
      'INCEpTION/WebAnno tab-separated format; offsets in UTF-16 units; a folder with one .tsv per document.',
    importsFolder: true,
    exportsFolder: true,
  },
};
