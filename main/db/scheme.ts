import { prepared } from './statements';
import type { Label, LabelScheme, RelationType } from '../../shared/domain';
import type { Db } from './open';

interface LabelRow {
  key: string;
  name: string;
  color: string;
  parent: string | null;
  shortcut: string | null;
  description: string;
}

/** The project's labels (in scheme order) and relation types. */
export function getScheme(db: Db): LabelScheme {
  const labels = prepared(
    db,
    'SELECT key, name, color, parent, shortcut, description FROM labels ORDER BY position',
  ).all() as LabelRow[];
  const relationTypes = prepared(
    db,
    'SELECT key, name, description FROM relation_types ORDER BY position',
  ).all() as RelationType[];
  return { labels: labels.map((row): Label => ({ ...row })), relationTypes };
}

/** Writes a whole scheme into an empty project. */
export function insertScheme(db: Db, scheme: LabelScheme): void {
  // Parents first, so the parent reference always resolves.
  const ordered = [...scheme.labels].sort((a, b) => Number(a.parent !== null) - Number(b.parent !== null));
  for (const label of ordered) addLabel(db, label, scheme.labels.indexOf(label));
  scheme.relationTypes.forEach((type, position) => addRelationType(db, type, position));
}

/** Adds a label at the end of the scheme (or at `position`). */
export function addLabel(db: Db, label: Label, position?: number): void {
  prepared(
    db,
    `INSERT INTO labels (key, name, color, parent, shortcut, description, position)
     VALUES (@key, @name, @color, @parent, @shortcut, @description,
             coalesce(@position, (SELECT coalesce(max(position) + 1, 0) FROM labels)))`,
  ).run({ ...label, position: position ?? null });
}

/** Adds a relation type at the end of the scheme (or at `position`). */
export function addRelationType(db: Db, type: RelationType, position?: number): void {
  prepared(
    db,
    `INSERT INTO relation_types (key, name, description, position)
     VALUES (@key, @name, @description,
             coalesce(@position, (SELECT coalesce(max(position) + 1, 0) FROM relation_types)))`,
  ).run({ ...type, position: position ?? null });
}
