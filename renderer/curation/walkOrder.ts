// Where the walk through disagreements goes: documents in project order, groups in text order,
// skipping documents with nothing open.

/** A place in the walk: the nth open group of a document. */
export interface WalkPosition {
  document: string;
  index: number;
}

/** Open groups per document, in project order. */
export type OpenCounts = readonly { document: string; open: number }[];

/** The next group after `at`, or null at the end. */
export function nextPosition(counts: OpenCounts, at: WalkPosition): WalkPosition | null {
  const index = counts.findIndex((entry) => entry.document === at.document);
  if (index < 0) return firstPosition(counts);
  if (at.index + 1 < counts[index]!.open) return { document: at.document, index: at.index + 1 };
  const after = counts.slice(index + 1).find((entry) => entry.open > 0);
  return after === undefined ? null : { document: after.document, index: 0 };
}

/** The group before `at`, or null at the start. */
export function previousPosition(counts: OpenCounts, at: WalkPosition): WalkPosition | null {
  if (at.index > 0) return { document: at.document, index: at.index - 1 };
  const position = counts.findIndex((entry) => entry.document === at.document);
  const before = counts
    .slice(0, Math.max(position, 0))
    .reverse()
    .find((entry) => entry.open > 0);
  return before === undefined ? null : { document: before.document, index: before.open - 1 };
}

/** The first open group of the project, or null when none is open. */
export function firstPosition(counts: OpenCounts): WalkPosition | null {
  const first = counts.find((entry) => entry.open > 0);
  return first === undefined ? null : { document: first.document, index: 0 };
}

/**
 * Where to stand after the group at `at` was settled (it left the list): the group that moved into
 * its place, else the first open group of a later document, else the first open group anywhere.
 */
export function positionAfterSettling(counts: OpenCounts, at: WalkPosition): WalkPosition | null {
  const here = counts.find((entry) => entry.document === at.document);
  if (here !== undefined && at.index < here.open) return at;
  const index = counts.findIndex((entry) => entry.document === at.document);
  const later = counts.slice(index + 1).find((entry) => entry.open > 0);
  return later !== undefined ? { document: later.document, index: 0 } : firstPosition(counts);
}
