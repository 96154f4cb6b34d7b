import type { ProjectStats } from '../../shared/domain';
import { listAnnotators } from './annotators';
import type { Db } from './open';
import { prepared } from './statements';

/** Project counts; `labels` has every top-level label of the scheme (zero included) and any label in use. */
export function projectStats(db: Db): ProjectStats {
  const labels: Record<string, number> = {};
  const topLevel = prepared(db, 'SELECT key FROM labels WHERE parent IS NULL ORDER BY position')
    .pluck()
    .all() as string[];
  for (const key of topLevel) labels[key] = 0;
  const counts = prepared(db, 'SELECT label, count(*) AS count FROM spans GROUP BY label').all() as {
    label: string;
    count: number;
  }[];
  for (const { label, count } of counts) labels[label] = count;
  return {
    documents: prepared(db, 'SELECT count(*) FROM documents').pluck().get() as number,
    annotators: listAnnotators(db),
    spans: prepared(db, 'SELECT count(*) FROM spans').pluck().get() as number,
    relations: prepared(db, 'SELECT count(*) FROM relations').pluck().get() as number,
    labels,
  };
}

/** How many relations of each type the project holds (for the readable `stats` output). */
export function relationTypeCounts(db: Db): Record<string, number> {
  const counts: Record<string, number> = {};
  const rows = prepared(db, 'SELECT type, count(*) AS count FROM relations GROUP BY type ORDER BY type').all() as {
    type: string;
    count: number;
  }[];
  for (const { type, count } of rows) counts[type] = count;
  return counts;
}
