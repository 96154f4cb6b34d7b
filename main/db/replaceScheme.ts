// Saving an edited label scheme. Keys stay fixed once spans use them: a label in use cannot be
// removed or moved under another parent, because the spans that carry it would be changed silently.
import type { LabelScheme } from '../../shared/domain';
import { SpanmarkError } from '../../shared/errors';
import type { Db } from './open';
import { getScheme } from './scheme';
import { prepared } from './statements';

/** Replaces the project's scheme by `next`, keeping every label and relation type that is in use. */
export function replaceScheme(db: Db, next: LabelScheme): void {
  const current = getScheme(db);
  const nextLabels = new Map(next.labels.map((label) => [label.key, label]));
  for (const label of current.labels) {
    const replacement = nextLabels.get(label.key);
    const uses = labelUses(db, label.key);
    if (replacement === undefined && uses > 0) {
      throw new SpanmarkError(
        'conflict',
        `the label "${label.key}" is used by ${uses} spans; relabel or delete them before removing it`,
      );
    }
    if (replacement !== undefined && replacement.parent !== label.parent && uses > 0) {
      throw new SpanmarkError(
        'conflict',
        `the label "${label.key}" is used by ${uses} spans; it cannot move under another label`,
      );
    }
  }
  const nextTypes = new Set(next.relationTypes.map((type) => type.key));
  for (const type of current.relationTypes) {
    const uses = prepared(db, 'SELECT count(*) FROM relations WHERE type = ?').pluck().get(type.key) as number;
    if (!nextTypes.has(type.key) && uses > 0) {
      throw new SpanmarkError(
        'conflict',
        `the relation type "${type.key}" is used by ${uses} relations; delete them before removing it`,
      );
    }
  }
  // Children first on delete, parents first on insert, so parent references always resolve.
  const removed = current.labels
    .filter((label) => !nextLabels.has(label.key))
    .sort((a, b) => Number(b.parent !== null) - Number(a.parent !== null));
  for (const label of removed) prepared(db, 'DELETE FROM labels WHERE key = ?').run(label.key);
  const ordered = [...next.labels].sort((a, b) => Number(a.parent !== null) - Number(b.parent !== null));
  for (const label of ordered) {
    prepared(
      db,
      `INSERT INTO labels (key, name, color, parent, shortcut, description, position)
       VALUES (@key, @name, @color, @parent, @shortcut, @description, @position)
       ON CONFLICT (key) DO UPDATE SET name = excluded.name, color = excluded.color, parent = excluded.parent,
         shortcut = excluded.shortcut, description = excluded.description, position = excluded.position`,
    ).run({ ...label, position: next.labels.indexOf(label) });
  }
  for (const type of current.relationTypes) {
    if (!nextTypes.has(type.key)) prepared(db, 'DELETE FROM relation_types WHERE key = ?').run(type.key);
  }
  next.relationTypes.forEach((type, position) => {
    prepared(
      db,
      `INSERT INTO relation_types (key, name, description, position) VALUES (@key, @name, @description, @position)
       ON CONFLICT (key) DO UPDATE SET name = excluded.name, description = excluded.description, position = excluded.position`,
    ).run({ ...type, position });
  });
}

function labelUses(db: Db, key: string): number {
  return prepared(db, 'SELECT count(*) FROM spans WHERE label = ? OR technique = ?').pluck().get(key, key) as number;
}
