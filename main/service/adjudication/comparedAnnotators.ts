// Which annotators adjudication compares: the ones asked for, or everyone with spans except gold.
import { GOLD_ANNOTATOR } from '../../../shared/adjudication';
import { SpanmarkError } from '../../../shared/errors';
import { listAnnotators } from '../../db/annotators';
import { annotatorsWithSpans } from '../../db/curationInput';
import type { Db } from '../../db/open';

/** The compared annotators in the order given; by default every annotator with spans but gold, by name. */
export function comparedAnnotators(db: Db, requested: readonly string[] | undefined): string[] {
  if (requested === undefined) {
    const found = annotatorsWithSpans(db);
    if (found.length === 0)
      throw new SpanmarkError('not_found', 'no annotator has spans in this project yet; import or annotate first');
    return found;
  }
  if (requested.includes(GOLD_ANNOTATOR)) {
    throw new SpanmarkError(
      'bad_params',
      `"${GOLD_ANNOTATOR}" is what adjudication builds; leave it out of the annotators to compare`,
    );
  }
  const duplicate = requested.find((name, index) => requested.indexOf(name) !== index);
  if (duplicate !== undefined)
    throw new SpanmarkError('bad_params', `the annotator "${duplicate}" is named twice; name each once`);
  const known = new Set(listAnnotators(db));
  const unknown = requested.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new SpanmarkError(
      'not_found',
      `no annotator named ${unknown.map((n) => `"${n}"`).join(', ')} in this project; see spanmark stats for the names`,
    );
  }
  return [...requested];
}
