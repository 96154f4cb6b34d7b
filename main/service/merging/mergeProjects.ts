// Brings other copies of a project (annotated on other laptops) into this one: documents are
// matched by id and text hash, span ids are kept, and merging the same file twice adds nothing.
import { resolve } from 'node:path';
import type { ParseItem } from '../../../shared/formats/codec';
import type { ImportReport } from '../../../shared/domain';
import { SpanmarkError } from '../../../shared/errors';
import { exportDocuments } from '../../db/exportDocuments';
import { importDocuments } from '../../db/importDocuments';
import { openProjectReadOnly, type Db } from '../../db/open';
import { shownPath } from '../../uploads/uploadFolder';

/** Merges every project file in `others` into `db` in one transaction; the other files are only read. */
export function mergeProjects(
  db: Db,
  projectPath: string,
  others: string[],
  options: { nativeBinding?: string } = {},
): ImportReport {
  const sources = others.map((path) => resolve(path));
  if (sources.includes(resolve(projectPath))) {
    throw new SpanmarkError('bad_params', `${projectPath} cannot be merged into itself`);
  }
  const opened: Db[] = [];
  try {
    for (const path of sources) opened.push(openProjectReadOnly(path, options));
    return importDocuments(db, documentsOf(sources, opened), { merge: true });
  } finally {
    for (const other of opened) other.close();
  }
}

function* documentsOf(paths: string[], dbs: Db[]): Generator<ParseItem> {
  for (const [index, other] of dbs.entries()) {
    const file = shownPath(paths[index]!);
    for (const document of exportDocuments(other, { annotators: [] })) yield { document, file, line: null };
  }
}
