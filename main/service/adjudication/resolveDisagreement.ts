// One curation step: accept a version (or one span) of a group into gold, or reject them all. The
// step is one undoable edit of the gold annotator, decision included.
import type { ValidParamsOf } from '../../../shared/api';
import {
  curationGroups,
  GOLD_ANNOTATOR,
  planAccept,
  planReject,
  type DisagreementGroup,
} from '../../../shared/adjudication';
import type { AnnotationChange, EditResult, Span } from '../../../shared/domain';
import { SpanmarkError } from '../../../shared/errors';
import { curationState } from '../../db/curationInput';
import type { Db } from '../../db/open';
import { commitEdit } from '../editing/editDocument';
import { comparedAnnotators } from './comparedAnnotators';

/** Settles the group `key` of a document: accept copies the chosen version into gold, reject records the decision alone. */
export function resolveDisagreement(db: Db, params: ValidParamsOf<'resolveDisagreement'>): EditResult {
  return commitEdit(db, params.document, GOLD_ANNOTATOR, (rowId): AnnotationChange[] => {
    const annotators = comparedAnnotators(db, params.annotators);
    const state = curationState(db, rowId);
    const group = openGroup(curationGroups({ annotators, ...state }), params.key, params.document);
    if (params.action === 'reject') {
      if (params.version !== undefined || params.spanId !== undefined) {
        throw new SpanmarkError(
          'bad_params',
          'a reject takes no version or spanId; it rejects every version of the group',
        );
      }
      return planReject(group);
    }
    const { chosen, annotator } = chosenSpans(group, params.version, params.spanId);
    return planAccept(state, group, chosen, annotator);
  });
}

function openGroup(groups: DisagreementGroup[], key: string, document: string): DisagreementGroup {
  const group = groups.find((candidate) => candidate.key === key);
  if (group === undefined) {
    throw new SpanmarkError(
      'not_found',
      `no disagreement "${key}" in document "${document}"; the annotators' spans or the compared annotators may have changed, so list the disagreements again`,
    );
  }
  if (group.status === 'decided') {
    throw new SpanmarkError(
      'conflict',
      `disagreement "${key}" is already settled (${group.decision!.action}ed); undo that decision to change it`,
    );
  }
  if (group.status === 'agreed') {
    throw new SpanmarkError(
      'conflict',
      `gold already holds every span of disagreement "${key}"; there is nothing to decide`,
    );
  }
  return group;
}

function chosenSpans(
  group: DisagreementGroup,
  version: string | undefined,
  spanId: string | undefined,
): { chosen: Span[]; annotator: string | null } {
  if ((version === undefined) === (spanId === undefined)) {
    throw new SpanmarkError(
      'bad_params',
      'say what to accept: either version (an annotator’s name) or spanId (one span of the group)',
    );
  }
  if (version !== undefined) {
    const found = group.versions.find((candidate) => candidate.annotator === version);
    if (found === undefined) {
      throw new SpanmarkError(
        'bad_params',
        `"${version}" is not one of the compared annotators (${group.versions.map((v) => v.annotator).join(', ')})`,
      );
    }
    return { chosen: found.spans, annotator: version };
  }
  const span = group.versions.flatMap((candidate) => candidate.spans).find((candidate) => candidate.id === spanId);
  if (span === undefined)
    throw new SpanmarkError('bad_params', `span "${spanId}" is not part of disagreement "${group.key}"`);
  return { chosen: [span], annotator: span.annotator };
}
