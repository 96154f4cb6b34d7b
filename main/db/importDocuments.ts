import { prepared } from './statements';
import { randomUUID } from 'node:crypto';
import type { ImportReport } from '../../shared/domain';
import { InputError } from '../../shared/errors';
import type { ParsedDocument, ParseItem } from '../../shared/formats/codec';
import type { NativeSpan } from '../../shared/formats/native';
import { validateDocument } from '../../shared/formats/validateDocument';
import { offsetMapFor, sliceCodePoints } from '../../shared/offsets';
import { findDocument, textSha256 } from './documents';
import type { Db } from './open';
import { logOperation } from './operations';
import { ImportScheme } from './importScheme';
import { ImportStaging, type RelationLookup, type SpanLookup } from './importStaging';
import { writeTransaction } from './writeTransaction';

/** A document read from a file, with where it came from for error messages. */
export type ImportRecord = ParsedDocument;

export interface ImportOptions {
  /** Annotator for spans and statuses that name none. */
  annotator?: string;
  /** Import what is valid and report the rest, instead of failing on the first bad record. */
  skipInvalid?: boolean;
  /** A document whose id is taken by a different text comes in under a new id instead of failing. */
  asNew?: boolean;
  /** A label the files use → the project's label it stands for; unknown labels not mapped are added. */
  labelMap?: Record<string, string>;
  /** Called after each document with the number of documents done so far. */
  onDocument?: (documents: number) => void;
  /**
   * Merging another project: only documents already here with the same text take annotations
   * (others are reported as unmatched), a span changed on the other side is reported as a conflict
   * and the project's version kept, and a status only moves forward (new → in progress → done).
   */
  merge?: boolean;
}

const SPAN_BY_ID = `SELECT s.id, a.name AS annotator, s.label, s.start_cp AS start, s.end_cp AS end
  FROM spans s JOIN annotators a ON a.id = s.annotator_id WHERE s.document_id = ? AND s.uid = ?`;
const RELATION_BY_ID = `SELECT r.from_span AS fromSpan, r.to_span AS toSpan, r.type, a.name AS annotator
  FROM relations r JOIN annotators a ON a.id = r.annotator_id WHERE r.document_id = ? AND r.uid = ?`;

/** Who gets spans that name no annotator when the import names none either. */
export const FALLBACK_ANNOTATOR = 'imported';

/** Records are read in batches of about this many milliseconds of parsing, then staged together. */
const BATCH_MS = 50;
const BATCH_MAX_RECORDS = 2000;

/**
 * Imports documents and their annotations, all or nothing: any bad record, a crash or a kill leaves
 * the project as it was. The records are checked and staged in short steps that let other writers
 * in between, then published in one transaction. Documents already in the project with the same
 * text get the annotations added.
 */
export function importDocuments(db: Db, records: Iterable<ParseItem>, options: ImportOptions = {}): ImportReport {
  const schemeBefore = schemeKeys(db);
  const staging = new ImportStaging(db);
  try {
    const run = new ImportRun(db, staging, options);
    const items = records[Symbol.iterator]();
    for (let batch = nextBatch(items); batch.length > 0; batch = nextBatch(items)) stageBatch(db, run, batch);
    return writeTransaction(db, () => run.publish());
  } catch (error) {
    try {
      removeAddedSchemeEntries(db, schemeBefore);
    } catch {
      // The import's own failure is what the user needs to read; an unused label may stay behind.
    }
    throw error;
  } finally {
    staging.drop();
  }
}

function nextBatch(items: Iterator<ParseItem>): ParseItem[] {
  const batch: ParseItem[] = [];
  const until = Date.now() + BATCH_MS;
  while (batch.length < BATCH_MAX_RECORDS && Date.now() < until) {
    const next = items.next();
    if (next.done === true) break;
    batch.push(next.value);
  }
  return batch;
}

// Staging writes only the connection's TEMP tables, so it runs in a deferred transaction that takes
// no write lock and never makes another writer wait. Only a label or relation type the scheme lacks
// is written into the project; when that meets another writer's commit, the batch is staged again,
// this time holding the write lock.
function stageBatch(db: Db, run: ImportRun, batch: ParseItem[]): void {
  const saved = run.save();
  try {
    db.transaction(() => run.stage(batch))();
  } catch (error) {
    if (!isBusy(error)) throw error;
    run.restore(saved);
    writeTransaction(db, () => run.stage(batch));
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

// Labels and relation types a file needs are added to the scheme while staging (spans refer to
// them); a failed import takes back the ones nothing uses.
function schemeKeys(db: Db): { labels: Set<string>; relationTypes: Set<string> } {
  return {
    labels: new Set(prepared(db, 'SELECT key FROM labels').pluck().all() as string[]),
    relationTypes: new Set(prepared(db, 'SELECT key FROM relation_types').pluck().all() as string[]),
  };
}

function removeAddedSchemeEntries(db: Db, before: ReturnType<typeof schemeKeys>): void {
  const now = schemeKeys(db);
  const labels = [...now.labels].filter((key) => !before.labels.has(key));
  const relationTypes = [...now.relationTypes].filter((key) => !before.relationTypes.has(key));
  if (labels.length === 0 && relationTypes.length === 0) return;
  writeTransaction(db, () => {
    // Techniques before their parents, so no parent reference dangles.
    const children = prepared(db, 'SELECT key FROM labels WHERE parent IS NOT NULL').pluck().all() as string[];
    for (const key of [...labels].sort((a, b) => Number(children.includes(b)) - Number(children.includes(a)))) {
      prepared(
        db,
        `DELETE FROM labels WHERE key = ?1 AND NOT EXISTS (SELECT 1 FROM spans WHERE label = ?1 OR technique = ?1)
           AND NOT EXISTS (SELECT 1 FROM labels WHERE parent = ?1)`,
      ).run(key);
    }
    for (const key of relationTypes) {
      prepared(
        db,
        'DELETE FROM relation_types WHERE key = ?1 AND NOT EXISTS (SELECT 1 FROM relations WHERE type = ?1)',
      ).run(key);
    }
  });
}

class ImportRun {
  private scheme: ImportScheme;
  private report: ImportReport = {
    documentsAdded: 0,
    documentsMatched: 0,
    spansAdded: 0,
    relationsAdded: 0,
    warnings: [],
    skipped: [],
    unmatched: [],
    conflicts: [],
  };
  private documentsSeen = 0;
  private files = new Set<string>();
  private warnedFallbackAnnotator = false;

  constructor(
    private readonly db: Db,
    private readonly staging: ImportStaging,
    private readonly options: ImportOptions,
  ) {
    this.scheme = new ImportScheme(db, options.labelMap);
  }

  /** Checks and stages a batch of records. */
  stage(items: ParseItem[]): void {
    for (const item of items) {
      if ('error' in item) {
        this.reject(item.error);
        continue;
      }
      const { document, spanOrigins, problems } = validateDocument(
        item.document,
        item.file,
        item.line,
        item.spanOrigins,
      );
      problems.forEach((problem) => this.reject(problem));
      this.files.add(item.file);
      if (document !== null) this.importRecord({ ...item, document, spanOrigins });
      this.options.onDocument?.(++this.documentsSeen);
    }
  }

  /** What staging a batch changes in memory, to go back to when the batch's transaction is rolled back. */
  save() {
    return {
      report: structuredClone(this.report),
      documentsSeen: this.documentsSeen,
      files: new Set(this.files),
      warnedFallbackAnnotator: this.warnedFallbackAnnotator,
      staging: this.staging.save(),
    };
  }

  restore(saved: ReturnType<ImportRun['save']>): void {
    this.report = saved.report;
    this.documentsSeen = saved.documentsSeen;
    this.files = saved.files;
    this.warnedFallbackAnnotator = saved.warnedFallbackAnnotator;
    this.staging.restore(saved.staging);
    // The scheme as the project has it now, without what the rolled-back batch added.
    this.scheme = new ImportScheme(this.db, this.options.labelMap);
  }

  /** Moves the staged rows into the project and logs the import; inside the caller's transaction. */
  publish(): ImportReport {
    this.staging.publish(this.options.merge === true);
    logOperation(this.db, this.options.merge ? 'merge' : 'import', this.options.annotator ?? null, {
      files: [...this.files],
      documentsAdded: this.report.documentsAdded,
      documentsMatched: this.report.documentsMatched,
      spansAdded: this.report.spansAdded,
      relationsAdded: this.report.relationsAdded,
    });
    return this.report;
  }

  // Without --skip-invalid the first bad record fails the import and the transaction rolls back.
  private reject(error: InputError): void {
    if (!this.options.skipInvalid) throw error;
    this.report.skipped.push(error.message);
  }

  private importRecord({ document: given, file, line, spanOrigins }: ImportRecord): void {
    let document = given;
    const fail = (reason: string): never => {
      throw new InputError(file, line, reason);
    };
    const sha256 = textSha256(document.text);
    const existing = this.findDocument(document.id);
    let documentRowId: number;
    if (this.options.merge && (existing === null || existing.textSha256 !== sha256)) {
      const reason =
        existing === null ? 'no document with this id here' : 'the text differs from the document with this id here';
      this.report.unmatched.push(`${file}: document "${document.id}": ${reason}`);
      return;
    }
    if (existing === null) {
      documentRowId = this.staging.addDocument(document, sha256);
      this.report.documentsAdded++;
    } else if (existing.textSha256 === sha256) {
      documentRowId = existing.rowId;
      this.report.documentsMatched++;
    } else if (this.options.asNew) {
      document = { ...document, id: this.freeIdFor(document.id) };
      this.warn(
        file,
        line,
        `document "${given.id}" is already in the project with a different text; imported as "${document.id}"`,
      );
      documentRowId = this.staging.addDocument(document, sha256);
      this.report.documentsAdded++;
    } else {
      return fail(
        `document "${document.id}" is already in the project with a different text; pass --as-new to import it under a new id, or rename it`,
      );
    }

    const offsets = offsetMapFor(document.text);
    const spanRowIds = new Map<string, { rowId: number; annotator: string }>();
    for (const [index, span] of document.spans.entries()) {
      const annotator = this.annotatorFor(span.annotator, file, line);
      const givenId = span.id ?? randomUUID();
      const at = spanOrigins?.[index] ?? { file, line };
      const resolved = this.scheme.resolve(span.label, span.technique, (message) =>
        this.warn(at.file, at.line, message),
      );
      if ('problem' in resolved) {
        this.reject(
          new InputError(
            at.file,
            at.line,
            `document "${document.id}": ${span.id === undefined ? 'a span' : `span "${span.id}"`}: ${resolved.problem}`,
          ),
        );
        continue;
      }
      const { label, technique } = resolved;
      const quote = sliceCodePoints(document.text, span.start, span.end, offsets);
      const rowId = this.insertOrMatchSpan(
        documentRowId,
        givenId,
        document.id,
        annotator,
        label,
        technique,
        span,
        quote,
        fail,
      );
      if (rowId !== null) spanRowIds.set(givenId, { rowId, annotator });
    }

    for (const relation of document.relations) {
      const from = spanRowIds.get(relation.from);
      const to = spanRowIds.get(relation.to);
      if (from === undefined || to === undefined) continue; // an end was a merge conflict, reported already
      const annotator = relation.annotator ?? from.annotator;
      const typeProblem = this.scheme.ensureRelationType(relation.type, (message) => this.warn(file, line, message));
      if (typeProblem !== null) {
        this.reject(new InputError(file, line, `document "${document.id}": ${typeProblem}`));
        continue;
      }
      const { uid, clash } = this.ownId(
        (id) =>
          this.lookup<RelationLookup>(RELATION_BY_ID, documentRowId, id) ??
          this.staging.findRelation(documentRowId, id),
        relation.id ?? randomUUID(),
        annotator,
      );
      if (clash !== undefined) {
        if (clash.fromSpan === from.rowId && clash.toSpan === to.rowId && clash.type === relation.type) continue;
        if (this.options.merge) {
          this.report.conflicts.push(
            `${file}: document "${document.id}": relation "${uid}" differs here; kept this project's version`,
          );
          continue;
        }
        fail(
          `relation id "${uid}" is already in document "${document.id}" with different content; give the relation a new id`,
        );
      }
      this.staging.addRelation({
        uid,
        documentId: documentRowId,
        annotator,
        type: relation.type,
        from: from.rowId,
        to: to.rowId,
      });
      this.report.relationsAdded++;
    }

    for (const [annotator, status] of Object.entries(document.status)) {
      this.staging.setStatus(documentRowId, annotator, status, this.options.merge === true);
    }
  }

  // Documents in the project, then those staged by this import.
  private findDocument(uid: string): { rowId: number; textSha256: string } | null {
    return findDocument(this.db, uid) ?? this.staging.findDocument(uid);
  }

  // A staged document (negative id) has no rows in the project yet.
  private lookup<T>(sql: string, documentRowId: number, id: string): T | undefined {
    return documentRowId < 0 ? undefined : (prepared(this.db, sql).get(documentRowId, id) as T | undefined);
  }

  // Tools such as brat number each annotator's spans T1, T2, …, so two annotators' files of one
  // text use the same ids. Ids are unique per document here: another annotator's id gets that
  // annotator's name in front, the same on every import, so re-importing still adds nothing.
  // Returns the id to use and the row already under it, if any (one lookup in the usual case).
  private ownId<T extends { annotator: string }>(
    find: (id: string) => T | undefined,
    id: string,
    annotator: string,
  ): { uid: string; clash: T | undefined } {
    const clash = find(id);
    if (clash === undefined || clash.annotator === annotator) return { uid: id, clash };
    const uid = `${annotator}:${id}`;
    return { uid, clash: find(uid) };
  }

  private freeIdFor(id: string): string {
    for (let n = 2; ; n++) {
      const candidate = `${id}~${n}`;
      if (this.findDocument(candidate) === null) return candidate;
    }
  }

  private insertOrMatchSpan(
    documentRowId: number,
    givenId: string,
    documentId: string,
    annotator: string,
    label: string,
    technique: string | null,
    span: NativeSpan,
    quote: string,
    fail: (reason: string) => never,
  ): number | null {
    const { uid, clash } = this.ownId(
      (id) => this.lookup<SpanLookup>(SPAN_BY_ID, documentRowId, id) ?? this.staging.findSpan(documentRowId, id),
      givenId,
      annotator,
    );
    if (clash !== undefined) {
      // Re-importing the same file adds nothing; a different span under the same id is a mistake.
      const same =
        clash.annotator === annotator && clash.label === label && clash.start === span.start && clash.end === span.end;
      if (same) return clash.id;
      if (this.options.merge) {
        this.report.conflicts.push(
          `document "${documentId}": span "${uid}" of ${annotator} differs here; kept this project's version`,
        );
        return null;
      }
      return fail(
        `span id "${uid}" is already in document "${documentId}" with different content; give the span a new id`,
      );
    }
    const rowId = this.staging.addSpan({
      uid,
      documentId: documentRowId,
      annotator,
      label,
      technique,
      start: span.start,
      end: span.end,
      quote,
      note: span.note ?? '',
      attributes: JSON.stringify(span.attributes ?? {}),
    });
    this.report.spansAdded++;
    return rowId;
  }

  private annotatorFor(named: string | undefined, file: string, line: number | null): string {
    if (named !== undefined) return named;
    if (this.options.annotator !== undefined) return this.options.annotator;
    if (!this.warnedFallbackAnnotator) {
      this.warnedFallbackAnnotator = true;
      this.warn(
        file,
        line,
        `spans without an annotator were given to "${FALLBACK_ANNOTATOR}"; pass --annotator NAME to choose`,
      );
    }
    return FALLBACK_ANNOTATOR;
  }

  private warn(file: string, line: number | null, message: string): void {
    this.report.warnings.push(`${file}${line === null ? '' : `:${line}`}: ${message}`);
  }
}
