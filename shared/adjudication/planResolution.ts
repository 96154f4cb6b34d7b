// What resolving a group changes. Accepting makes gold's spans inside the group's range exactly the
// chosen spans (copies of them, with their relations when both ends end up in gold) and stores the
// decision; rejecting only stores the decision, so gold keeps what it already has there. Both come
// back as one list of changes: one undoable edit of the gold annotator.
import type { AnnotationChange, Relation, Span } from '../domain';
import { goldIdFor, uniqueIds } from './goldIds';
import { isInside } from './overlapClusters';
import { compareSpans, spanMatchKey } from './spanIdentity';
import { GOLD_ANNOTATOR, type DisagreementGroup } from './types';

/** A document's spans and relations, every annotator's and gold's. */
export interface DocumentState {
  spans: readonly Span[];
  relations: readonly Relation[];
}

/** The changes that accept `chosen` (spans of the group) into gold; `annotator` is whose version it was, if one's. */
export function planAccept(
  state: DocumentState,
  group: DisagreementGroup,
  chosen: readonly Span[],
  annotator: string | null,
): AnnotationChange[] {
  const chosenKeys = new Map<string, Span>();
  for (const span of [...chosen].sort(compareSpans))
    if (!chosenKeys.has(spanMatchKey(span))) chosenKeys.set(spanMatchKey(span), span);

  const gold = state.spans.filter((span) => span.annotator === GOLD_ANNOTATOR).sort(compareSpans);
  const goldIdOfKey = new Map<string, string>();
  const removed: Span[] = [];
  for (const span of gold) {
    if (!isInside(span, group.start, group.end)) continue;
    const key = spanMatchKey(span);
    if (chosenKeys.has(key) && !goldIdOfKey.has(key)) goldIdOfKey.set(key, span.id);
    else removed.push(span);
  }

  const takenSpanIds = new Set(state.spans.map((span) => span.id));
  const created: Span[] = [];
  for (const [key, source] of chosenKeys) {
    if (goldIdOfKey.has(key)) continue;
    const span: Span = {
      ...source,
      id: goldIdFor(source.id, takenSpanIds),
      annotator: GOLD_ANNOTATOR,
      attributes: { ...source.attributes },
    };
    goldIdOfKey.set(key, span.id);
    created.push(span);
  }

  const removedIds = new Set(removed.map((span) => span.id));
  const changes: AnnotationChange[] = [
    ...removed.map((span): AnnotationChange => ({
      kind: 'span.delete',
      span,
      relations: state.relations.filter((r) => r.from === span.id || r.to === span.id),
    })),
    ...created.map((span): AnnotationChange => ({ kind: 'span.create', span, relations: [] })),
    ...copiedRelations(state, chosen, gold.filter((span) => !removedIds.has(span.id)).concat(created), removedIds),
  ];
  changes.push({
    kind: 'decision.create',
    decision: {
      key: group.key,
      action: 'accept',
      annotator,
      spans: uniqueIds(chosen.map((span) => span.id)),
      gold: uniqueIds(chosen.map((span) => goldIdOfKey.get(spanMatchKey(span))!)),
    },
  });
  return changes;
}

/** The change that rejects every version of a group: the decision alone. */
export function planReject(group: DisagreementGroup): AnnotationChange[] {
  return [
    { kind: 'decision.create', decision: { key: group.key, action: 'reject', annotator: null, spans: [], gold: [] } },
  ];
}

// The chosen spans' relations (drawn by their own annotators) whose other end also has a gold copy.
function copiedRelations(
  state: DocumentState,
  chosen: readonly Span[],
  goldAfter: readonly Span[],
  removedIds: ReadonlySet<string>,
): AnnotationChange[] {
  const goldIdOfKey = new Map<string, string>();
  for (const span of goldAfter) if (!goldIdOfKey.has(spanMatchKey(span))) goldIdOfKey.set(spanMatchKey(span), span.id);
  const spanById = new Map(state.spans.map((span) => [span.id, span]));
  const chosenIds = new Set(chosen.map((span) => span.id));
  const chosenAnnotators = new Set(chosen.map((span) => span.annotator));
  const links = new Set(
    state.relations
      .filter((r) => r.annotator === GOLD_ANNOTATOR && !removedIds.has(r.from) && !removedIds.has(r.to))
      .map((r) => JSON.stringify([r.type, r.from, r.to])),
  );
  const takenRelationIds = new Set(state.relations.map((relation) => relation.id));
  const changes: AnnotationChange[] = [];
  for (const relation of state.relations) {
    if (!chosenAnnotators.has(relation.annotator) || !(chosenIds.has(relation.from) || chosenIds.has(relation.to)))
      continue;
    const from = spanById.get(relation.from);
    const to = spanById.get(relation.to);
    if (from === undefined || to === undefined) continue;
    const goldFrom = goldIdOfKey.get(spanMatchKey(from));
    const goldTo = goldIdOfKey.get(spanMatchKey(to));
    if (goldFrom === undefined || goldTo === undefined || goldFrom === goldTo) continue;
    const link = JSON.stringify([relation.type, goldFrom, goldTo]);
    if (links.has(link)) continue;
    links.add(link);
    changes.push({
      kind: 'relation.create',
      relation: {
        id: goldIdFor(relation.id, takenRelationIds),
        type: relation.type,
        from: goldFrom,
        to: goldTo,
        annotator: GOLD_ANNOTATOR,
      },
    });
  }
  return changes;
}
