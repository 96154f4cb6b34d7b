// What an undo or redo of the gold annotator did, in words for the notice line.
import type { AnnotationChange } from '../../shared/domain';

/** A sentence saying what an undo or redo changed, e.g. "Undid accepting ana’s version." */
export function describeStep(
  direction: 'undo' | 'redo',
  changes: readonly AnnotationChange[],
  document: string,
): string {
  const verb = direction === 'undo' ? 'Undid' : 'Redid';
  const decision = changes.find((change) => change.kind === 'decision.create' || change.kind === 'decision.delete');
  if (decision !== undefined && 'decision' in decision) {
    const { action, annotator } = decision.decision;
    if (action === 'reject') return `${verb} rejecting all versions.`;
    return annotator === null ? `${verb} accepting a span.` : `${verb} accepting ${annotator}’s version.`;
  }
  if (changes.some((change) => change.kind === 'span.update')) return `${verb} the edit of a gold span.`;
  const spans = changes.filter((change) => change.kind === 'span.create' || change.kind === 'span.delete').length;
  return `${verb} ${spans === 1 ? 'a gold change' : `${spans} gold spans`} in ${document}.`;
}
