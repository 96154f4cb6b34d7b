// The shape every format module in shared/formats implements: a parser from files to documents
// and a writer from documents to files. Codecs are pure: main/ supplies the files and the sinks.
import type { LabelScheme } from '../domain';
import type { InputError } from '../errors';
import type { NativeDocument, SpanOrigin } from './native';

/** The unit an export counts offsets in; import always ends up in code points. */
export const OFFSET_UNITS = ['codepoint', 'utf16'] as const;
export type OffsetUnit = (typeof OFFSET_UNITS)[number];

/** One file handed to a parser: where it is, and lazy access to its decoded content. */
export interface InputFile {
  /** The path as the user gave it; every message about the file names it. */
  path: string;
  /** The path relative to the folder the user named, with `/` separators (the base name for a file named outright). */
  name: string;
  /** The whole content, UTF-8 decoded with a BOM dropped and nothing else changed (CRLF stays CRLF). */
  text(): string;
  /** The lines, read lazily so large files stream; each without its `\n` and without a `\r` before it. */
  lines(): Iterable<string>;
}

/** A document a parser read, with where it came from for messages. */
export interface ParsedDocument {
  document: NativeDocument;
  file: string;
  /** The line the document starts on, or null for formats that are not line based. */
  line: number | null;
  /** Where each span was read, by index, for formats that keep spans apart from the text (PTC `.labels`, brat `.ann`). */
  spanOrigins?: SpanOrigin[];
}

/**
 * What a parser yields: documents, or a record it could not read. A bad record is yielded as an
 * error, not thrown, so `--skip-invalid` can go on with the next one. Span checks (in range,
 * start < end, quote matches) are not the parser's job: shared/formats/validateDocument does them
 * for every format, so a parser passes offsets through as the file gives them (in code points).
 */
export type ParseItem = ParsedDocument | { error: InputError };

/** Reads one format. */
export interface ImportCodec {
  /** Whether a file found in a folder belongs to this format (by its name); other files are ignored. */
  accepts(name: string): boolean;
  /** Reads all files of one import, in order. A file named outright is passed even if `accepts` says no. */
  parse(files: InputFile[]): Iterable<ParseItem>;
}

/** Where a writer puts its output. */
export interface ExportSink {
  /** Appends to the one file the user named (formats whose `target` is `file`). */
  write(chunk: string): void;
  /** Writes one whole file inside the folder the user named (formats whose `target` is `folder`). */
  writeFile(relativePath: string, content: string): void;
}

/** What a writer knows besides the documents. */
export interface ExportContext {
  /** The unit the user asked for (`--offsets`); a format with a fixed unit ignores it and says so in `unitNote`. */
  offsets: OffsetUnit;
  /** The project's labels and relation types, e.g. for brat's annotation.conf. */
  scheme: LabelScheme;
  /** Reports something the format could not express (counted and shown to the user, never silent). */
  warn(message: string): void;
}

/** Writes one format. Documents arrive with code-point offsets, one at a time, so exports stream. */
export interface ExportCodec {
  /** `file`: one file at `--out`; `folder`: several files inside the `--out` folder. */
  target: 'file' | 'folder';
  /** The offset unit the output uses for a requested unit, e.g. WebAnno is always `utf16`. */
  unitFor(requested: OffsetUnit): OffsetUnit;
  write(documents: Iterable<NativeDocument>, sink: ExportSink, context: ExportContext): void;
}
