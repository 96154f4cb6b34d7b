// The disagreement groups of one document: clusters of overlapping spans of the compared
// annotators, each with every annotator's version, what gold holds there, and whether it is settled.
import type { CurationDecision, Span } from '../domain';
import { groupKey } from './groupKey';
import { overlapClusters, overlaps } from './overlapClusters';
import { compareSpans, spanMatchKey } from './spanIdentity';
import { GOLD_ANNOTATOR, type DisagreementGroup, type GroupStatus } from './types';

/** One document's spans (every annotator's, gold's included) and its stored decisions. */
export interface CurationInput {
  /** The compared annotators, in the order their versions are listed; gold is never one of them. */
  annotators: readonly string[];
  spans: readonly Span[];
  decisions: readonly CurationDecision[];
}

/**
 * Every group of the document, in text order, with its status. A group is `decided` when a decision
 * is stored under its key, `agreed` when gold holds a span like every one of its spans (nothing is
 * left to add), and `open` otherwise. Gold spans never join a cluster: the clusters, and so the
 * keys, stay the same while the adjudicator works.
 */
export function curationGroups(input: CurationInput): DisagreementGroup[] {
  const compared = new Set(input.annotators);
  const gold = input.spans.filter((span) => span.annotator === GOLD_ANNOTATOR).sort(compareSpans);
  const goldKeys = new Set(gold.map(spanMatchKey));
  const decisions = new Map(input.decisions.map((decision) => [decision.key, decision]));
  return overlapClusters(input.spans.filter((span) => compared.has(span.annotator))).map((cluster) => {
    const key = groupKey(cluster.start, cluster.end, cluster.spans);
    const decision = decisions.get(key) ?? null;
    const status: GroupStatus =
      decision !== null
        ? 'decided'
        : cluster.spans.every((span) => goldKeys.has(spanMatchKey(span)))
          ? 'agreed'
          : 'open';
    return {
      key,
      start: cluster.start,
      end: cluster.end,
      versions: input.annotators.map((annotator) => ({
        annotator,
        spans: cluster.spans.filter((span) => span.annotator === annotator),
      })),
      gold: gold.filter((span) => overlaps(span, cluster)),
      status,
      decision,
    };
  });
}

/** The groups still waiting for the adjudicator, in text order. */
export function disagreements(input: CurationInput): DisagreementGroup[] {
  return curationGroups(input).filter((group) => group.status === 'open');
}
