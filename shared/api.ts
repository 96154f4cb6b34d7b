// The one contract between the UI, the CLI and main. Each method is declared once here:
// its params schema (checked at the door by main/service) and its result type.
import { z } from 'zod';
import type {
  DeletedDocument,
  DocumentAnnotations,
  DocumentContent,
  EditResult,
  JobStatus,
  DocumentSummary,
  ImportReport,
  LabelScheme,
  ProjectStats,
  SessionInfo,
  UserSettings,
} from './domain';
import type { AgreementReport } from './agreement';
import type { ImportPreview } from './importPreview';
import type { AutoMergeReport, CurationProgress, DisagreementList } from './adjudication';
import { IMPORT_FORMATS, EXPORT_FORMATS, type ExportFormat } from './formats/formatNames';
import { OFFSET_UNITS, type OffsetUnit } from './formats/codec';
import { METHOD_NAMES, type MethodName } from './methodNames';
import { DOCUMENT_STATUSES } from './domain';
import { labelSchemeSchema } from './schemeSchema';
import { annotatorNameSchema, keySchema, pathSchema, storableTextSchema } from './validation/names';

// Names, keys, paths and free text follow the one set of rules in shared/validation/names.ts.
const annotatorName = annotatorNameSchema;
/** A label or technique key as a span names it; a label an import file uses may map to another (`--map-labels`). */
const labelKey = keySchema;

const documentId = z.string().min(1, 'give a document id');
const itemId = z.string().min(1).max(200);
const offset = z.number().int().nonnegative();
/** Who makes an edit; each annotator edits only their own spans. */
const editor = { document: documentId, annotator: annotatorName };

const projectPath = pathSchema('give the path of a .spanmark project file');
/** The annotators adjudication compares; default every annotator with spans except `gold`. */
const comparedAnnotators = z.array(annotatorName).min(1, 'compare at least one annotator').optional();

const importSource = {
  paths: z
    .array(pathSchema('give the path of a file or folder to import'))
    .min(1, 'give at least one file or folder to import'),
  format: z.enum(IMPORT_FORMATS).default('auto'),
};

const importParams = z.object({
  ...importSource,
  /** A label the files use → the project's label it stands for (`--map-labels Claim=claim`); unmapped unknown labels are added. */
  labelMap: z.record(z.string().min(1, 'a mapped label cannot be empty'), labelKey).default({}),
  annotator: annotatorName.optional(),
  skipInvalid: z.boolean().default(false),
  asNew: z.boolean().default(false),
});

const exportParams = z.object({
  format: z.enum(EXPORT_FORMATS),
  annotators: z.array(annotatorName).default([]),
  offsets: z.enum(OFFSET_UNITS).default('codepoint'),
  status: z.enum(DOCUMENT_STATUSES).optional(),
  labels: z.array(labelKey).default([]),
});

/** A change to the user's settings; also what a stored settings row must look like. */
export const userSettingsPatch = z.object({
  annotator: annotatorName.nullable().optional(),
  showOtherAnnotators: z.boolean().optional(),
  snapToWords: z.boolean().optional(),
});

/** Declares a method returning `R`; the params schema's type is inferred. */
function returns<R>() {
  return <P extends z.ZodType>(params: P): { params: P; result: R } => ({
    params,
    result: undefined as unknown as R,
  });
}

/** Every method of the API. Add a method here and both transports and the client pick it up. */
export const api = {
  getSessionInfo: returns<SessionInfo>()(z.object({})),
  openProject: returns<SessionInfo>()(z.object({ path: projectPath })),
  createProject: returns<SessionInfo>()(z.object({ path: projectPath })),
  listDocuments: returns<DocumentSummary[]>()(z.object({})),
  getDocument: returns<DocumentContent>()(z.object({ id: z.string().min(1, 'give a document id') })),
  listAnnotators: returns<string[]>()(z.object({})),
  createAnnotator: returns<string>()(z.object({ name: annotatorName })),
  getScheme: returns<LabelScheme>()(z.object({})),
  getStats: returns<ProjectStats>()(z.object({})),
  importFiles: returns<ImportReport>()(importParams),
  /** The same import as a background job whose progress `getJob` reports. */
  startImport: returns<JobStatus>()(importParams),
  /** Reads the files of an import without importing: the labels they use, for the label mapping. */
  previewImport: returns<ImportPreview>()(z.object(importSource)),
  getAnnotations: returns<DocumentAnnotations>()(
    z.object({
      document: documentId,
      /** The annotators whose spans to return (blind mode: only the acting one). */
      annotators: z.array(annotatorName),
      /** The acting annotator, whose undo history is returned. */
      annotator: annotatorName,
    }),
  ),
  createSpan: returns<EditResult>()(
    z.object({
      ...editor,
      /** A client-made id lets the UI draw the span before the answer; one is made when absent. */
      id: itemId.optional(),
      start: offset,
      end: offset,
      label: labelKey,
      technique: labelKey.nullable().default(null),
      note: storableTextSchema.default(''),
    }),
  ),
  updateSpan: returns<EditResult>()(
    z.object({
      ...editor,
      id: itemId,
      start: offset.optional(),
      end: offset.optional(),
      label: labelKey.optional(),
      technique: labelKey.nullable().optional(),
      note: storableTextSchema.optional(),
    }),
  ),
  deleteSpan: returns<EditResult>()(z.object({ ...editor, id: itemId })),
  createRelation: returns<EditResult>()(
    z.object({ ...editor, id: itemId.optional(), type: labelKey, from: itemId, to: itemId }),
  ),
  deleteRelation: returns<EditResult>()(z.object({ ...editor, id: itemId })),
  undoEdit: returns<EditResult>()(z.object(editor)),
  redoEdit: returns<EditResult>()(z.object(editor)),
  setDocumentStatus: returns<null>()(z.object({ ...editor, status: z.enum(DOCUMENT_STATUSES) })),
  updateScheme: returns<LabelScheme>()(labelSchemeSchema),
  /** Gives a document another title; returns the title stored. */
  renameDocument: returns<string>()(
    z.object({
      document: documentId,
      title: storableTextSchema.pipe(
        z.string().trim().min(1, 'a title cannot be empty').max(500, 'a title has at most 500 characters'),
      ),
      /** Who renamed it, for the operation log. */
      annotator: annotatorName.optional(),
    }),
  ),
  /** Deletes a document with all its annotations; the operation log keeps them for `restoreDocument`. */
  deleteDocument: returns<DeletedDocument>()(z.object({ document: documentId, annotator: annotatorName.optional() })),
  /** Puts back a deleted document, named by the delete's operation; returns its id. */
  restoreDocument: returns<string>()(
    z.object({ operation: z.number().int().positive(), annotator: annotatorName.optional() }),
  ),
  /** The choices of the person at this computer in this project (annotator, blind mode, snapping). */
  getUserSettings: returns<UserSettings>()(z.object({})),
  /** Changes some of them; returns them all. */
  updateUserSettings: returns<UserSettings>()(userSettingsPatch),
  exportFile: returns<ExportReport>()(exportParams.extend({ out: pathSchema('give the file to write with --out') })),
  /** The same export as a background job; without `out` it goes to a temporary file to download. */
  startExport: returns<JobStatus>()(exportParams.extend({ out: pathSchema('give the file to write').optional() })),
  getJob: returns<JobStatus>()(z.object({ id: z.string().min(1) })),
  /** Brings other copies of this project (other laptops) in; they are only read. */
  mergeProjects: returns<ImportReport>()(
    z.object({ paths: z.array(projectPath).min(1, 'give at least one project file to merge') }),
  ),
  getAgreement: returns<AgreementReport>()(
    z.object({
      /** Compared annotators; default all but `gold`. */
      annotators: z.array(annotatorName).min(2, 'compare at least two annotators').optional(),
      labels: z.array(labelKey).min(1).optional(),
      level: z.enum(['stored', 'top']).default('stored'),
    }),
  ),
  /** Copies into gold the spans (and relations) at least k annotators agree on; one undoable gold edit per document. */
  autoMerge: returns<AutoMergeReport>()(
    z.object({
      annotators: comparedAnnotators,
      /** Default: a majority of the compared annotators. */
      k: z.number().int().min(1, 'k is at least 1').optional(),
      /** Default: every document. */
      documents: z.array(documentId).optional(),
    }),
  ),
  /** The open disagreement groups of one document. */
  listDisagreements: returns<DisagreementList>()(z.object({ document: documentId, annotators: comparedAnnotators })),
  /** Open and settled disagreement groups over the whole project. */
  getCurationProgress: returns<CurationProgress>()(z.object({ annotators: comparedAnnotators })),
  /** Settles one group as the gold annotator: accept a version (or one span) into gold, or reject them all. */
  resolveDisagreement: returns<EditResult>()(
    z.object({
      document: documentId,
      key: z.string().min(1, 'give the key of a disagreement group'),
      action: z.enum(['accept', 'reject']),
      /** The same annotators the group was listed with. */
      annotators: comparedAnnotators,
      /** Accept this annotator's version (all their spans in the group). */
      version: annotatorName.optional(),
      /** Or accept this one span of the group. */
      spanId: itemId.optional(),
    }),
  ),
  /** Writes a complete copy of the open project, every saved edit included; without `out` it is offered for download. */
  saveCopy: returns<CopyReport>()(z.object({ out: z.string().min(1).optional() })),
};

/** What Save a copy… wrote. */
export interface CopyReport {
  /** Where the copy is; for a browser, a temporary file served by `download`. */
  path: string;
  bytes: number;
  /** For a copy made without `out` (a browser download): the URL path that serves it. */
  download: string | null;
}

/** What an export wrote. */
export interface ExportReport {
  path: string;
  format: ExportFormat;
  documents: number;
  spans: number;
  relations: number;
  /** The unit the file's offsets count. */
  offsetUnit: OffsetUnit;
  /** What the format could not express, e.g. overlapping spans in CoNLL. */
  warnings: string[];
}

export type Api = typeof api;
export type { MethodName };
export { METHOD_NAMES };

// Fails to compile when shared/methodNames.ts and the contract above name different methods.
type SameKeys<A, B> = [Exclude<A, B> | Exclude<B, A>] extends [never] ? true : never;
const methodListMatchesContract: SameKeys<keyof Api, MethodName> = true;
void methodListMatchesContract;
export type ParamsOf<M extends MethodName> = z.input<Api[M]['params']>;
export type ValidParamsOf<M extends MethodName> = z.output<Api[M]['params']>;
export type ResultOf<M extends MethodName> = Api[M]['result'];

/** An error as it crosses a process boundary. */
export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The promise-returning client every caller uses; derived, never written by hand. */
export type ApiClient = { [M in MethodName]: (params: ParamsOf<M>) => Promise<ResultOf<M>> };

/** Checks that a string names a method of the API. */
export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

/** Every error code that crosses the boundary; the UI and scripts can switch on them. */
export const ERROR_CODES = [
  'bad_params',
  'unknown_method',
  'not_found',
  'conflict',
  'invalid_input',
  'not_a_project',
  'newer_version',
  'io',
  /** The project stayed locked by another writer longer than the wait allows; trying again later works. */
  'busy',
  /** The project file is damaged; nothing is written into it. */
  'damaged',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
