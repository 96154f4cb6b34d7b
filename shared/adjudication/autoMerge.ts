// Auto-merge: a span goes into gold when at least k of the compared annotators marked it with the
// same start, end, label and technique; a relation goes with it when both its ends are in gold and
// at least k annotators drew the same type between spans that match those ends.
import type { Relation, Span } from '../domain';
import { goldIdFor } from './goldIds';
import { compareSpans, spanMatchKey } from './spanIdentity';
import { GOLD_ANNOTATOR } from './types';

/** A span enough annotators agree on, with each agreeing annotator's own span. */
export interface AgreedSpan {
  start: number;
  end: number;
  label: string;
  technique: string | null;
  /** One span per agreeing annotator, in the order the annotators were given. */
  sources: Span[];
}

/** The default k: a majority of n annotators. */
export function majority(annotatorCount: number): number {
  return Math.floor(annotatorCount / 2) + 1;
}

/** The spans at least `k` annotators marked alike (an annotator counts once per span), in text order. */
export function autoMergeSpans(spansByAnnotator: ReadonlyMap<string, readonly Span[]>, k: number): AgreedSpan[] {
  const byKey = new Map<string, AgreedSpan & { voters: Set<string> }>();
  for (const [annotator, spans] of spansByAnnotator) {
    for (const span of spans) {
      const key = spanMatchKey(span);
      let agreed = byKey.get(key);
      if (agreed === undefined) {
        agreed = {
          start: span.start,
          end: span.end,
          label: span.label,
          technique: span.technique,
          sources: [],
          voters: new Set(),
        };
        byKey.set(key, agreed);
      }
      if (agreed.voters.has(annotator)) continue;
      agreed.voters.add(annotator);
      agreed.sources.push(span);
    }
  }
  return [...byKey.values()]
    .filter((agreed) => agreed.voters.size >= k)
    .sort(compareSpans)
    .map(({ voters: _voters, ...agreed }) => agreed);
}

/** One document's annotations as auto-merge reads them: every annotator's, gold's included. */
export interface MergeInput {
  /** The compared annotators, in order; gold is never one of them. */
  annotators: readonly string[];
  k: number;
  spans: readonly Span[];
  relations: readonly Relation[];
}

/** What auto-merge adds to gold in one document. */
export interface MergePlan {
  spans: Span[];
  relations: Relation[];
}

/**
 * The gold spans and relations auto-merge adds to a document. Spans and relations gold already has
 * (same start, end, label, technique; same type between the same gold spans) are not added again,
 * so a second run adds nothing. A gold span copies the first agreeing annotator's span (note,
 * attributes) and is named after it: `gold:<its id>`.
 */
export function planAutoMerge(input: MergeInput): MergePlan {
  const compared = new Set(input.annotators);
  const spansByAnnotator = new Map<string, Span[]>(input.annotators.map((name) => [name, []]));
  for (const span of input.spans) spansByAnnotator.get(span.annotator)?.push(span);

  const gold = input.spans.filter((span) => span.annotator === GOLD_ANNOTATOR);
  const takenSpanIds = new Set(input.spans.map((span) => span.id));
  const goldIdByKey = new Map<string, string>();
  for (const span of gold) if (!goldIdByKey.has(spanMatchKey(span))) goldIdByKey.set(spanMatchKey(span), span.id);

  const spans: Span[] = [];
  for (const agreed of autoMergeSpans(spansByAnnotator, input.k)) {
    const key = spanMatchKey(agreed);
    if (goldIdByKey.has(key)) continue;
    const source = agreed.sources[0]!;
    const span: Span = {
      ...source,
      id: goldIdFor(source.id, takenSpanIds),
      annotator: GOLD_ANNOTATOR,
      attributes: { ...source.attributes },
    };
    goldIdByKey.set(key, span.id);
    spans.push(span);
  }

  const relations = agreedRelations(input, compared, goldIdByKey);
  return { spans, relations };
}

function agreedRelations(
  input: MergeInput,
  compared: ReadonlySet<string>,
  goldIdByKey: ReadonlyMap<string, string>,
): Relation[] {
  const spanById = new Map(input.spans.map((span) => [span.id, span]));
  const goldLinks = new Set(
    input.relations.filter((r) => r.annotator === GOLD_ANNOTATOR).map((r) => JSON.stringify([r.type, r.from, r.to])),
  );
  // Relation identity: its type and the gold spans its ends match; each annotator counts once.
  const votes = new Map<string, { from: string; to: string; type: string; sources: Relation[] }>();
  for (const relation of input.relations) {
    if (!compared.has(relation.annotator)) continue;
    const from = spanById.get(relation.from);
    const to = spanById.get(relation.to);
    if (from === undefined || to === undefined) continue;
    const goldFrom = goldIdByKey.get(spanMatchKey(from));
    const goldTo = goldIdByKey.get(spanMatchKey(to));
    if (goldFrom === undefined || goldTo === undefined || goldFrom === goldTo) continue;
    const link = JSON.stringify([relation.type, goldFrom, goldTo]);
    let vote = votes.get(link);
    if (vote === undefined) {
      vote = { from: goldFrom, to: goldTo, type: relation.type, sources: [] };
      votes.set(link, vote);
    }
    if (!vote.sources.some((source) => source.annotator === relation.annotator)) vote.sources.push(relation);
  }
  const takenRelationIds = new Set(input.relations.map((relation) => relation.id));
  const order = new Map(input.annotators.map((name, index) => [name, index]));
  const relations: Relation[] = [];
  for (const [link, vote] of votes) {
    if (vote.sources.length < input.k || goldLinks.has(link)) continue;
    const first = [...vote.sources].sort((a, b) => order.get(a.annotator)! - order.get(b.annotator)!)[0]!;
    relations.push({
      id: goldIdFor(first.id, takenRelationIds),
      type: vote.type,
      from: vote.from,
      to: vote.to,
      annotator: GOLD_ANNOTATOR,
    });
  }
  return relations;
}
