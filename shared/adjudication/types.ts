// The shapes adjudication exchanges: disagreement groups, the auto-merge report, curation progress.
import type { CurationDecision, Span } from '../domain';

/** The annotator whose spans are the adjudicated reference. */
export { GOLD_ANNOTATOR } from '../agreement/scope';

/**
 * Where a group stands: `open` waits for the adjudicator; `decided` has a stored decision;
 * `agreed` needs none because gold already holds every span of the group (auto-merge put them there).
 */
export type GroupStatus = 'open' | 'decided' | 'agreed';

/** One annotator's spans in a group; empty when the annotator marked nothing there. */
export interface AnnotatorVersion {
  annotator: string;
  spans: Span[];
}

/** A cluster of overlapping spans of the compared annotators, and what gold holds there. */
export interface DisagreementGroup {
  /** Stable key: the range and a hash of who marked what (see groupKey.ts). */
  key: string;
  /** The range the group's spans cover together, in code points, end exclusive. */
  start: number;
  end: number;
  /** One version per compared annotator, in the order the annotators were given. */
  versions: AnnotatorVersion[];
  /** Gold's spans that overlap the range now. */
  gold: Span[];
  status: GroupStatus;
  /** The stored decision when `decided`. */
  decision: CurationDecision | null;
}

/** The open disagreement groups of one document, as `listDisagreements` returns them. */
export interface DisagreementList {
  document: string;
  /** The compared annotators, in version order. */
  annotators: string[];
  /** The groups still waiting for a decision, in text order. */
  groups: DisagreementGroup[];
  /** How many groups of the document have a decision. */
  decided: number;
}

/** Open and decided groups per document and in total. */
export interface CurationProgress {
  annotators: string[];
  documents: { document: string; open: number; decided: number }[];
  open: number;
  decided: number;
}

/** What one auto-merge run added to gold. */
export interface AutoMergeReport {
  annotators: string[];
  /** A span went into gold when at least this many annotators marked it alike. */
  k: number;
  /** The documents looked at. */
  documentsChecked: number;
  /** Per document where something was added (one undoable gold edit each). */
  documents: { document: string; spans: number; relations: number }[];
  spansAccepted: number;
  relationsAccepted: number;
  /** Groups left for the curation view afterwards. */
  disagreementsLeft: number;
}
