// Plain data types shared by every process. No behaviour here.

/** How far one annotator is with one document. */
export const DOCUMENT_STATUSES = ['new', 'in_progress', 'done'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** A label of the project's scheme; techniques carry their parent label's key. */
export interface Label {
  key: string;
  name: string;
  color: string;
  parent: string | null;
  shortcut: string | null;
  description: string;
}

/** A type of link between two spans, such as `supports`. */
export interface RelationType {
  key: string;
  name: string;
  description: string;
}

/** The labels and relation types a project annotates with. */
export interface LabelScheme {
  labels: Label[];
  relationTypes: RelationType[];
}

/** One row of the document list. */
export interface DocumentSummary {
  id: string;
  title: string;
  /** Length of the text in code points. */
  length: number;
  spanCount: number;
  /** Span count per annotator name (annotators without spans are absent). */
  spanCounts: Record<string, number>;
  /** Status per annotator name; annotators without a row are `new`. */
  status: Record<string, DocumentStatus>;
}

/** A document with its exact stored text. */
export interface DocumentContent {
  id: string;
  title: string;
  text: string;
  meta: Record<string, unknown>;
}

/** A labelled range of a document. Offsets are code points, end exclusive. */
export interface Span {
  id: string;
  start: number;
  end: number;
  label: string;
  technique: string | null;
  annotator: string;
  note: string;
  quote: string;
  attributes: Record<string, unknown>;
}

/** A typed link from one span to another, e.g. evidence `supports` claim. */
export interface Relation {
  id: string;
  type: string;
  from: string;
  to: string;
  annotator: string;
}

/** An adjudicator's decision on one disagreement group of a document; a stored decision settles the group. */
export interface CurationDecision {
  /** The group's key (see shared/adjudication/groupKey.ts). */
  key: string;
  action: 'accept' | 'reject';
  /** Whose version was accepted; null for a reject, or for spans picked from several annotators. */
  annotator: string | null;
  /** Ids of the annotators' spans that were accepted; empty for a reject. */
  spans: string[];
  /** Ids of the gold spans that stand for them once accepted; empty for a reject. */
  gold: string[];
}

/** One change an edit made to a document's annotations; undo applies its inverse. */
export type AnnotationChange =
  | { kind: 'span.create'; span: Span; relations: Relation[] }
  | { kind: 'span.delete'; span: Span; relations: Relation[] }
  | { kind: 'span.update'; before: Span; after: Span }
  | { kind: 'relation.create'; relation: Relation }
  | { kind: 'relation.delete'; relation: Relation }
  | { kind: 'decision.create'; decision: CurationDecision }
  | { kind: 'decision.delete'; decision: CurationDecision };

/** Whether the acting annotator can undo or redo in a document. */
export interface EditHistory {
  canUndo: boolean;
  canRedo: boolean;
}

/** What an edit, an undo or a redo did, once it is in SQLite. */
export interface EditResult {
  document: string;
  changes: AnnotationChange[];
  history: EditHistory;
  /** Set when an undo or redo could not be carried out and was passed over, saying why. */
  notice?: string;
  /** Set when the edit also moved the annotator's status of the document (its first span). */
  status?: StatusChange;
}

/** A status change that a rule of the service made as part of an edit. */
export interface StatusChange {
  annotator: string;
  from: DocumentStatus;
  to: DocumentStatus;
}

/** The annotations of one document by the annotators asked for. */
export interface DocumentAnnotations {
  document: string;
  spans: Span[];
  relations: Relation[];
  /** The acting annotator's undo history in this document. */
  history: EditHistory;
}

/** Counts over a whole project, as printed by `spanmark stats --json`. */
export interface ProjectStats {
  documents: number;
  annotators: string[];
  spans: number;
  relations: number;
  labels: Record<string, number>;
}

/** Where the UI is: which project is open and who annotates by default. */
export interface SessionInfo {
  projectPath: string;
  projectName: string;
  defaultAnnotator: string | null;
  appVersion: string;
  /** True when the window can show a native file dialog (Electron). */
  nativeFileDialogs: boolean;
  /** In a browser, the only folders paths may name (`spanmark serve --folder`); absent: any path. */
  allowedFolders?: string[];
  /** The job checking a large project for damage in the background (`getJob` follows it); absent: checked when it opened. */
  integrityCheck?: string;
}

/** What the background check of a project found: no problems for an intact file. */
export interface IntegrityReport {
  problems: string[];
  /** What a damaged project means for the user and the ways out; null when intact. */
  message: string | null;
}

/** What an import did. */
export interface ImportReport {
  documentsAdded: number;
  documentsMatched: number;
  spansAdded: number;
  relationsAdded: number;
  warnings: string[];
  /** Records left out by --skip-invalid, each as `file:line: reason`. */
  skipped: string[];
  /** Merging: documents of the other project with no document of the same id and text here. */
  unmatched: string[];
  /** Merging: spans and relations that differ between the projects; this project's version was kept. */
  conflicts: string[];
}

/** A long import or export running in the background, as the UI polls it. */
export interface JobStatus {
  id: string;
  /** `check`: the check of a large project file for damage, run in the background when it opens. */
  kind: 'import' | 'export' | 'check';
  state: 'running' | 'done' | 'failed';
  /** How far it is: bytes read for imports, documents written for exports, tables checked for a check. */
  progress: { done: number; total: number | null; unit: 'bytes' | 'documents' | 'tables' };
  /** The import's or export's report once done. */
  result: unknown;
  /** Why it failed, as the API reports errors. */
  error: { code: string; message: string } | null;
  /** For an export with no path given (a browser download): the URL path that serves the file. */
  download: string | null;
}

/** Choices a person makes in the window, kept per user in the project file so a restart brings them back. */
export interface UserSettings {
  /** Who annotates; null until someone is picked. */
  annotator: string | null;
  /** Blind mode off: the other annotators' spans are drawn. */
  showOtherAnnotators: boolean;
  /** New selections widen to whole words. */
  snapToWords: boolean;
}

/** The settings of someone who has chosen nothing yet: blind mode, snapping on. */
export const DEFAULT_USER_SETTINGS: UserSettings = { annotator: null, showOtherAnnotators: false, snapToWords: true };

/** What a document delete took away, for the notice that offers to undo it. */
export interface DeletedDocument {
  document: string;
  title: string;
  /** The operation-log entry of the delete; `restoreDocument` takes it back. */
  operation: number;
  /** Spans that went with it, by annotator. */
  spans: Record<string, number>;
  relations: number;
}
