// The disagreement groups of a document, and how far curation is over the whole project.
import type { ValidParamsOf } from '../../../shared/api';
import { curationGroups, type CurationProgress, type DisagreementList } from '../../../shared/adjudication';
import { allDocumentIds, curationState } from '../../db/curationInput';
import type { Db } from '../../db/open';
import { documentRowId } from '../editing/editDocument';
import { comparedAnnotators } from './comparedAnnotators';

/** The open groups of one document in text order, and how many have a decision. */
export function listDisagreements(db: Db, params: ValidParamsOf<'listDisagreements'>): DisagreementList {
  const annotators = comparedAnnotators(db, params.annotators);
  const groups = curationGroups({ annotators, ...curationState(db, documentRowId(db, params.document)) });
  return {
    document: params.document,
    annotators,
    groups: groups.filter((group) => group.status === 'open'),
    decided: groups.filter((group) => group.status === 'decided').length,
  };
}

/** Open and decided groups per document (documents without groups left out) and in total. */
export function curationProgress(db: Db, params: ValidParamsOf<'getCurationProgress'>): CurationProgress {
  const annotators = comparedAnnotators(db, params.annotators);
  const progress: CurationProgress = { annotators, documents: [], open: 0, decided: 0 };
  for (const { uid, rowId } of allDocumentIds(db)) {
    const groups = curationGroups({ annotators, ...curationState(db, rowId) });
    const open = groups.filter((group) => group.status === 'open').length;
    const decided = groups.filter((group) => group.status === 'decided').length;
    if (open + decided === 0) continue;
    progress.documents.push({ document: uid, open, decided });
    progress.open += open;
    progress.decided += decided;
  }
  return progress;
}
