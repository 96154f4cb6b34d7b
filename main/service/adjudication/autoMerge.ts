// Auto-merge over a project: each document's agreed spans and relations go into gold as one
// undoable edit of the gold annotator, all documents in one transaction.
import type { ValidParamsOf } from '../../../shared/api';
import {
  disagreements,
  GOLD_ANNOTATOR,
  majority,
  planAutoMerge,
  type AutoMergeReport,
} from '../../../shared/adjudication';
import type { AnnotationChange } from '../../../shared/domain';
import { SpanmarkError } from '../../../shared/errors';
import { allDocumentIds, curationState } from '../../db/curationInput';
import type { Db } from '../../db/open';
import { commitEdit, documentRowId } from '../editing/editDocument';
import { comparedAnnotators } from './comparedAnnotators';
import { writeTransaction } from '../../db/writeTransaction';

/** Copies into gold every span at least k of the annotators agree on, and the relations they agree on between them. */
export function autoMerge(db: Db, params: ValidParamsOf<'autoMerge'>): AutoMergeReport {
  return writeTransaction(db, (): AutoMergeReport => {
    const annotators = comparedAnnotators(db, params.annotators);
    const k = params.k ?? majority(annotators.length);
    if (k > annotators.length) {
      throw new SpanmarkError(
        'bad_params',
        `k is ${k} but only ${annotators.length} annotators are compared; give a k from 1 to ${annotators.length}`,
      );
    }
    const documents =
      params.documents === undefined
        ? allDocumentIds(db)
        : params.documents.map((uid) => ({ uid, rowId: documentRowId(db, uid) }));
    const report: AutoMergeReport = {
      annotators,
      k,
      documentsChecked: documents.length,
      documents: [],
      spansAccepted: 0,
      relationsAccepted: 0,
      disagreementsLeft: 0,
    };
    for (const { uid, rowId } of documents) {
      const plan = planAutoMerge({ annotators, k, ...curationState(db, rowId) });
      if (plan.spans.length + plan.relations.length > 0) {
        commitEdit(db, uid, GOLD_ANNOTATOR, () => [
          ...plan.spans.map((span): AnnotationChange => ({ kind: 'span.create', span, relations: [] })),
          ...plan.relations.map((relation): AnnotationChange => ({ kind: 'relation.create', relation })),
        ]);
        report.documents.push({ document: uid, spans: plan.spans.length, relations: plan.relations.length });
        report.spansAccepted += plan.spans.length;
        report.relationsAccepted += plan.relations.length;
      }
      report.disagreementsLeft += disagreements({ annotators, ...curationState(db, rowId) }).length;
    }
    return report;
  });
}
