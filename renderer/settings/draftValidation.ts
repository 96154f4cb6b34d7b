// Checks a scheme draft with the same rules the project applies on save (shared/schemeSchema.ts),
// and files each problem under the row and field it is about, so it can be shown beside that field.
import { labelSchemeSchema } from '../../shared/schemeSchema';
import { schemeFromDraft, type SchemeDraft } from './schemeDraft';

/** A field of a row that can carry its own message. */
export type DraftField = 'key' | 'name' | 'color' | 'shortcut' | 'description';

const FIELDS: readonly string[] = ['key', 'name', 'color', 'shortcut', 'description'] satisfies DraftField[];

/** The problems of a draft: by row and field, by row, and about the scheme as a whole. */
export interface DraftProblems {
  /** Keyed by `fieldKey(rowId, field)`. */
  fields: Map<string, string>;
  /** Problems of a row that no single field owns, e.g. a duplicate key. */
  rows: Map<string, string[]>;
  general: string[];
  count: number;
}

/** The key under which a field's problem is filed. */
export function fieldKey(rowId: string, field: DraftField): string {
  return `${rowId}/${field}`;
}

/** Every rule the project checks on save (shortcuts the editor keeps for itself among them). */
export function validateDraft(draft: SchemeDraft): DraftProblems {
  const problems: DraftProblems = { fields: new Map(), rows: new Map(), general: [], count: 0 };
  const flat = schemeFromDraft(draft);
  const parsed = labelSchemeSchema.safeParse(flat.scheme);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [list, index, field] = issue.path;
      const rows = list === 'labels' ? flat.labelRows : list === 'relationTypes' ? flat.relationTypeRows : null;
      const rowId = rows !== null && typeof index === 'number' ? rows[index] : undefined;
      if (rowId === undefined) add(problems.general, issue.message);
      else {
        const owner =
          typeof field === 'string' && FIELDS.includes(field) ? (field as DraftField) : fieldOfRowIssue(issue.message);
        if (owner !== null) setOnce(problems.fields, fieldKey(rowId, owner), issue.message);
        else problems.rows.set(rowId, [...(problems.rows.get(rowId) ?? []), issue.message]);
      }
    }
  }
  problems.count =
    problems.fields.size +
    problems.general.length +
    [...problems.rows.values()].reduce((sum, list) => sum + list.length, 0);
  return problems;
}

// The scheme's cross-row rules report on the whole row; their wording says which field to fix. A
// message this does not recognise still shows, under the row.
function fieldOfRowIssue(message: string): DraftField | null {
  if (message.includes('shortcut')) return 'shortcut';
  if (message.includes('used twice')) return 'key';
  return null;
}

// One message per field is enough; the first is the one to fix first.
function setOnce(map: Map<string, string>, key: string, message: string): void {
  if (!map.has(key)) map.set(key, message);
}

function add(list: string[], message: string): void {
  if (!list.includes(message)) list.push(message);
}
