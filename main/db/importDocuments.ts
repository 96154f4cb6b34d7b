import { prepared } from './statements';
import { randomUUID } from 'node:crypto';
import type { ImportReport } from '../../shared/domain';
import { InputError } from '../../shared/errors';
import type { ParsedDocument, ParseItem } from '../../shared/formats/codec';
import type { NativeSpan } from '../../shared/formats/native';
import { validateDocument } from '../../shared/formats/validateDocument';
import { offsetMapFor, sliceCodePoints } from '../../shared/offsets';
import { ensureAnnotator } from './annotators';
import { now } from './clock';
import { findDocument, insertDocument, textSha256 } from './documents';
import type { Db } from './open';
import { logOperation } from './operations';
import { ImportScheme } from './importScheme';

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

/**
 * Imports documents and their annotations in one transaction: any bad record rolls the whole
 * import back. Documents already in the project with the same text get the annotations added.
 */
export function importDocuments(db: Db, records: Iterable<ParseItem>, options: ImportOptions = {}): ImportReport {
  return db.transaction(() => new ImportRun(db, options).run(records))();
}

class ImportRun {
  private readonly scheme: ImportScheme;
  private readonly annotatorIds = new Map<string, number>();
  private readonly report: ImportReport = {
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
  private readonly files = new Set<string>();
  private warnedFallbackAnnotator = false;

  constructor(
    private readonly db: Db,
    private readonly options: ImportOptions,
  ) {
    this.scheme = new ImportScheme(db, options.labelMap);
  }

  run(items: Iterable<ParseItem>): ImportReport {
    for (const item of items) {
      if ('error' in item) {
        this.reject(item.error);
        continue;
      }
      const { document, spanOrigins, problems } = validateDocument(item.document, item.file, item.line, item.spanOrigins);
      problems.forEach((problem) => this.reject(problem));
      this.files.add(item.file);
      if (document !== null) this.importRecord({ ...item, document, spanOrigins });
      this.options.onDocument?.(++this.documentsSeen);
    }
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
    const existing = findDocument(this.db, document.id);
    let documentRowId: number;
    if (this.options.merge && (existing === null || existing.textSha256 !== sha256)) {
      const reason = existing === null ? 'no document with this id here' : 'the text differs from the document with this id here';
      this.report.unmatched.push(`${file}: document "${document.id}": ${reason}`);
      return;
    }
    if (existing === null) {
      documentRowId = insertDocument(this.db, document, sha256);
      this.report.documentsAdded++;
    } else if (existing.textSha256 === sha256) {
      documentRowId = existing.rowId;
      this.report.documentsMatched++;
    } else if (this.options.asNew) {
      document = { ...document, id: this.freeIdFor(document.id) };
      this.warn(file, line, `document "${given.id}" is already in the project with a different text; imported as "${document.id}"`);
      documentRowId = insertDocument(this.db, document, sha256);
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
      const resolved = this.scheme.resolve(span.label, span.technique, (message) => this.warn(at.file, at.line, message));
      if ('problem' in resolved) {
        this.reject(new InputError(at.file, at.line, `document "${document.id}": ${span.id === undefined ? 'a span' : `span "${span.id}"`}: ${resolved.problem}`));
        continue;
      }
      const { label, technique } = resolved;
      const quote = sliceCodePoints(document.text, span.start, span.end, offsets);
      const rowId = this.insertOrMatchSpan(documentRowId, givenId, document.id, annotator, label, technique, span, quote, fail);
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
      const { uid, clash } = this.ownId(RELATION_BY_ID, documentRowId, relation.id ?? randomUUID(), annotator) as {
        uid: string;
        clash: { fromSpan: number; toSpan: number; type: string } | undefined;
      };
      if (clash !== undefined) {
        if (clash.fromSpan === from.rowId && clash.toSpan === to.rowId && clash.type === relation.type) continue;
        if (this.options.merge) {
          this.report.conflicts.push(`${file}: document "${document.id}": relation "${uid}" differs here; kept this project's version`);
          continue;
        }
        fail(`relation id "${uid}" is already in document "${document.id}" with different content; give the relation a new id`);
      }
      prepared(this.db, 
          `INSERT INTO relations (uid, document_id, annotator_id, type, from_span, to_span, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(uid, documentRowId, this.annotatorId(annotator), relation.type, from.rowId, to.rowId, now());
      this.report.relationsAdded++;
    }

    for (const [annotator, status] of Object.entries(document.status)) {
      prepared(
        this.db,
        this.options.merge
          ? `INSERT INTO document_status (document_id, annotator_id, status, updated_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (document_id, annotator_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at
             WHERE (CASE excluded.status WHEN 'done' THEN 2 WHEN 'in_progress' THEN 1 ELSE 0 END)
                 > (CASE document_status.status WHEN 'done' THEN 2 WHEN 'in_progress' THEN 1 ELSE 0 END)`
          : `INSERT INTO document_status (document_id, annotator_id, status, updated_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (document_id, annotator_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at`,
      ).run(documentRowId, this.annotatorId(annotator), status, now());
    }
  }

  // Tools such as brat number each annotator's spans T1, T2, …, so two annotators' files of one
  // text use the same ids. Ids are unique per document here: another annotator's id gets that
  // annotator's name in front, the same on every import, so re-importing still adds nothing.
  // Returns the id to use and the row already under it, if any (one lookup in the usual case).
  private ownId(sql: string, documentRowId: number, id: string, annotator: string): { uid: string; clash: { annotator: string } | undefined } {
    const clash = prepared(this.db, sql).get(documentRowId, id) as { annotator: string } | undefined;
    if (clash === undefined || clash.annotator === annotator) return { uid: id, clash };
    const uid = `${annotator}:${id}`;
    return { uid, clash: prepared(this.db, sql).get(documentRowId, uid) as { annotator: string } | undefined };
  }

  private freeIdFor(id: string): string {
    for (let n = 2; ; n++) {
      const candidate = `${id}~${n}`;
      if (findDocument(this.db, candidate) === null) return candidate;
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
    const annotatorId = this.annotatorId(annotator);
    const { uid, clash } = this.ownId(SPAN_BY_ID, documentRowId, givenId, annotator) as {
      uid: string;
      clash: { id: number; annotator: string; label: string; start: number; end: number } | undefined;
    };
    if (clash !== undefined) {
      // Re-importing the same file adds nothing; a different span under the same id is a mistake.
      const same = clash.annotator === annotator && clash.label === label && clash.start === span.start && clash.end === span.end;
      if (same) return clash.id;
      if (this.options.merge) {
        this.report.conflicts.push(`document "${documentId}": span "${uid}" of ${annotator} differs here; kept this project's version`);
        return null;
      }
      return fail(`span id "${uid}" is already in document "${documentId}" with different content; give the span a new id`);
    }
    const at = now();
    const result = prepared(this.db, 
        `INSERT INTO spans (uid, document_id, annotator_id, label, technique, start_cp, end_cp, quote, note, attributes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(uid, documentRowId, annotatorId, label, technique, span.start, span.end, quote, span.note ?? '', JSON.stringify(span.attributes ?? {}), at, at);
    this.report.spansAdded++;
    return Number(result.lastInsertRowid);
  }

  private annotatorFor(named: string | undefined, file: string, line: number | null): string {
    if (named !== undefined) return named;
    if (this.options.annotator !== undefined) return this.options.annotator;
    if (!this.warnedFallbackAnnotator) {
      this.warnedFallbackAnnotator = true;
      this.warn(file, line, `spans without an annotator were given to "${FALLBACK_ANNOTATOR}"; pass --annotator NAME to choose`);
    }
    return FALLBACK_ANNOTATOR;
  }

  private annotatorId(name: string): number {
    let id = this.annotatorIds.get(name);
    if (id === undefined) {
      id = ensureAnnotator(this.db, name);
      this.annotatorIds.set(name, id);
    }
    return id;
  }

  private warn(file: string, line: number | null, message: string): void {
    this.report.warnings.push(`${file}${line === null ? '' : `:${line}`}: ${message}`);
  }
}
