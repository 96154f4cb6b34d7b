// The label scheme as the settings view edits it: top-level labels each holding their techniques,
// rows with a local id (a key can still be typed for new rows), and the way back to a flat scheme.
import type { Label, LabelScheme, RelationType } from '../../shared/domain';

/** A technique row (a label under a top-level label). */
export interface DraftTechnique {
  /** Identifies the row while editing; never stored. */
  rowId: string;
  key: string;
  name: string;
  color: string;
  description: string;
  /** True for rows added in this session: only their key can be typed, stored keys are fixed. */
  isNew: boolean;
  /** True once the key was typed by hand, so it stops following the name. */
  keyTouched: boolean;
}

/** A top-level label row with its techniques. */
export interface DraftLabel extends DraftTechnique {
  /** One digit or lower-case letter, or '' for none. */
  shortcut: string;
  techniques: DraftTechnique[];
}

/** A relation type row. */
export interface DraftRelationType {
  rowId: string;
  key: string;
  name: string;
  description: string;
  isNew: boolean;
  keyTouched: boolean;
}

/** The whole scheme being edited. */
export interface SchemeDraft {
  labels: DraftLabel[];
  relationTypes: DraftRelationType[];
}

let rowCounter = 0;
/** A row id unique in this window. */
export function newRowId(): string {
  return `row-${++rowCounter}`;
}

/** The editable form of a stored scheme; techniques are grouped under their parent in stored order. */
export function draftFromScheme(scheme: LabelScheme): SchemeDraft {
  const topLevel = scheme.labels.filter((label) => label.parent === null);
  return {
    labels: topLevel.map((label) => ({
      ...storedRow(label),
      color: label.color,
      shortcut: label.shortcut ?? '',
      techniques: scheme.labels
        .filter((child) => child.parent === label.key)
        .map((child) => ({ ...storedRow(child), color: child.color })),
    })),
    relationTypes: scheme.relationTypes.map((type) => storedRow(type)),
  };
}

function storedRow(item: Label | RelationType) {
  return {
    rowId: newRowId(),
    key: item.key,
    name: item.name,
    description: item.description,
    isNew: false,
    keyTouched: true,
  };
}

/** Where each flat label came from, so a validation issue at `labels[i]` finds its row. */
export interface FlatScheme {
  scheme: LabelScheme;
  labelRows: string[];
  relationTypeRows: string[];
}

/** The flat scheme to store: each top-level label followed by its techniques, in the order shown. */
export function schemeFromDraft(draft: SchemeDraft): FlatScheme {
  const labels: Label[] = [];
  const labelRows: string[] = [];
  for (const label of draft.labels) {
    labels.push({
      key: label.key,
      name: label.name,
      color: label.color,
      parent: null,
      shortcut: label.shortcut === '' ? null : label.shortcut,
      description: label.description,
    });
    labelRows.push(label.rowId);
    for (const technique of label.techniques) {
      labels.push({
        key: technique.key,
        name: technique.name,
        color: technique.color,
        parent: label.key,
        shortcut: null,
        description: technique.description,
      });
      labelRows.push(technique.rowId);
    }
  }
  const relationTypes = draft.relationTypes.map(({ key, name, description }) => ({ key, name, description }));
  return {
    scheme: { labels, relationTypes },
    labelRows,
    relationTypeRows: draft.relationTypes.map((type) => type.rowId),
  };
}

/** A key made from a name: spaces become underscores, as in the PTC technique keys. */
export function keyFromName(name: string): string {
  return name.trim().replace(/\s+/gu, '_');
}

/** The list with the item at `index` moved by `delta` places; unchanged when that leaves the list. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const moved = [...items];
  const [item] = moved.splice(index, 1);
  moved.splice(target, 0, item!);
  return moved;
}

/** True when the draft stores something other than `scheme`. */
export function draftDiffers(draft: SchemeDraft, scheme: LabelScheme): boolean {
  return JSON.stringify(schemeFromDraft(draft).scheme) !== JSON.stringify(normalised(scheme));
}

// The stored order may list techniques apart from their parent; compare in the order the draft writes.
function normalised(scheme: LabelScheme): LabelScheme {
  return schemeFromDraft(draftFromScheme(scheme)).scheme;
}

/** Colours of new labels, cycled; distinct from the defaults so a new label stands out. */
const NEW_COLORS = ['#bb6bd9', '#f2994a', '#2d9cdb', '#27ae60', '#9b51e0', '#e2b93b'];

/** A new, empty top-level label with the first free digit as its shortcut. */
export function newLabel(draft: SchemeDraft): DraftLabel {
  const used = new Set(draft.labels.map((label) => label.shortcut));
  const shortcut = [...'123456789'].find((digit) => !used.has(digit)) ?? '';
  return {
    rowId: newRowId(),
    key: '',
    name: '',
    color: NEW_COLORS[draft.labels.length % NEW_COLORS.length]!,
    description: '',
    isNew: true,
    keyTouched: false,
    shortcut,
    techniques: [],
  };
}

/** A new, empty technique in its parent's colour. */
export function newTechnique(parent: DraftLabel): DraftTechnique {
  return { rowId: newRowId(), key: '', name: '', color: parent.color, description: '', isNew: true, keyTouched: false };
}

/** A new, empty relation type. */
export function newRelationType(): DraftRelationType {
  return { rowId: newRowId(), key: '', name: '', description: '', isNew: true, keyTouched: false };
}

/** Renames a row; a new row's untouched key follows the name. */
export function renamed<T extends { name: string; key: string; isNew: boolean; keyTouched: boolean }>(
  row: T,
  name: string,
): T {
  return { ...row, name, key: row.isNew && !row.keyTouched ? keyFromName(name) : row.key };
}

/** A label with a new colour; its techniques that wore the old colour follow, as they are drawn as one family. */
export function recoloured(label: DraftLabel, color: string): DraftLabel {
  return {
    ...label,
    color,
    techniques: label.techniques.map((technique) =>
      technique.color.toLowerCase() === label.color.toLowerCase() ? { ...technique, color } : technique,
    ),
  };
}

/** How a row differs from the stored scheme: added in this session, or with an edited field. */
export type RowChange = 'new' | 'changed';

/** The rows that are new or edited compared with `scheme` (moves alone do not count). */
export function rowChanges(draft: SchemeDraft, scheme: LabelScheme): Map<string, RowChange> {
  const changes = new Map<string, RowChange>();
  const labels = new Map(scheme.labels.map((label) => [label.key, label]));
  const types = new Map(scheme.relationTypes.map((type) => [type.key, type]));
  const mark = (rowId: string, isNew: boolean, edited: boolean) => {
    if (isNew) changes.set(rowId, 'new');
    else if (edited) changes.set(rowId, 'changed');
  };
  for (const label of draft.labels) {
    const stored = labels.get(label.key);
    mark(
      label.rowId,
      label.isNew || stored === undefined,
      stored !== undefined &&
        (stored.name !== label.name ||
          stored.color !== label.color ||
          (stored.shortcut ?? '') !== label.shortcut ||
          stored.description !== label.description),
    );
    for (const technique of label.techniques) {
      const storedTechnique = labels.get(technique.key);
      mark(
        technique.rowId,
        technique.isNew || storedTechnique === undefined,
        storedTechnique !== undefined &&
          (storedTechnique.name !== technique.name ||
            storedTechnique.color !== technique.color ||
            storedTechnique.description !== technique.description),
      );
    }
  }
  for (const type of draft.relationTypes) {
    const stored = types.get(type.key);
    mark(
      type.rowId,
      type.isNew || stored === undefined,
      stored !== undefined && (stored.name !== type.name || stored.description !== type.description),
    );
  }
  return changes;
}

/** A stored label, technique or relation type that the draft no longer has. */
export interface RemovedItem {
  kind: 'label' | 'technique' | 'relation type';
  key: string;
  name: string;
}

/** What saving the draft would remove from the stored scheme, in stored order. */
export function removedItems(draft: SchemeDraft, scheme: LabelScheme): RemovedItem[] {
  const labelKeys = new Set(
    draft.labels.flatMap((label) => [label.key, ...label.techniques.map((technique) => technique.key)]),
  );
  const typeKeys = new Set(draft.relationTypes.map((type) => type.key));
  return [
    ...scheme.labels
      .filter((label) => !labelKeys.has(label.key))
      .map((label): RemovedItem => ({
        kind: label.parent === null ? 'label' : 'technique',
        key: label.key,
        name: label.name,
      })),
    ...scheme.relationTypes
      .filter((type) => !typeKeys.has(type.key))
      .map((type): RemovedItem => ({ kind: 'relation type', key: type.key, name: type.name })),
  ];
}
