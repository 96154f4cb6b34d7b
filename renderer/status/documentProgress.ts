// How far one annotator is through the project: per-document status, the overall count, and which
// document to open next. Pure, so the sidebar only draws it.
import type { DocumentStatus, DocumentSummary } from '../../shared/domain';

/** The annotator's status of a document; without an annotator nothing has been started. */
export function statusOf(document: DocumentSummary, annotator: string | null): DocumentStatus {
  if (annotator === null) return 'new';
  return document.status[annotator] ?? 'new';
}

/** The annotator's own span count in a document, or every annotator's when none is chosen. */
export function spanCountOf(document: DocumentSummary, annotator: string | null): number {
  if (annotator === null) return document.spanCount;
  return document.spanCounts[annotator] ?? 0;
}

/** How many documents the annotator has in each state. */
export interface Progress {
  total: number;
  done: number;
  inProgress: number;
  /** Done as a share of all documents, 0 to 1 (0 for an empty project). */
  fraction: number;
}

/** Counts the annotator's done and in-progress documents. */
export function progressOf(documents: readonly DocumentSummary[], annotator: string | null): Progress {
  let done = 0;
  let inProgress = 0;
  for (const document of documents) {
    const status = statusOf(document, annotator);
    if (status === 'done') done++;
    else if (status === 'in_progress') inProgress++;
  }
  const total = documents.length;
  return { total, done, inProgress, fraction: total === 0 ? 0 : done / total };
}

/**
 * The first document after `currentId` in list order, wrapping round, that the annotator has not
 * marked done; null when every other document is done. The open document itself is never the
 * answer (the button would do nothing); with none open the search starts at the top.
 */
export function nextUnfinished(
  documents: readonly DocumentSummary[],
  currentId: string | null,
  annotator: string | null,
): string | null {
  const currentIndex = currentId === null ? -1 : documents.findIndex((document) => document.id === currentId);
  for (let step = 1; step <= documents.length; step++) {
    const index = (currentIndex + step) % documents.length;
    const candidate = documents[index]!;
    if (candidate.id === currentId) continue;
    if (statusOf(candidate, annotator) !== 'done') return candidate.id;
  }
  return null;
}
