// The project's scheme as an import sees it: labels and relation types a file uses but the
// scheme lacks are added (with a warning), and a technique given as a label finds its parent.
import type { Label } from '../../shared/domain';
import type { Db } from './open';
import { addLabel, addRelationType, getScheme } from './scheme';

const NEW_LABEL_COLOR = '#9b9b9b';

/** Says that something was added, for the import report. */
export type Warn = (message: string) => void;

/** The scheme during one import, growing as the files need. */
export class ImportScheme {
  private readonly labels: Map<string, Label>;
  private readonly relationTypes: Set<string>;

  constructor(private readonly db: Db) {
    const scheme = getScheme(db);
    this.labels = new Map(scheme.labels.map((label) => [label.key, label]));
    this.relationTypes = new Set(scheme.relationTypes.map((type) => type.key));
  }

  /** A span's label and technique; a technique given as the label (as PTC files do) becomes its parent label plus the technique. */
  resolve(labelKey: string, techniqueKey: string | null | undefined, warn: Warn): { label: string; technique: string | null } {
    let label = this.ensureLabel(labelKey, null, warn);
    let technique: string | null = null;
    if (label.parent !== null) {
      technique = label.key;
      label = this.labels.get(label.parent)!;
    }
    if (techniqueKey != null) technique = this.ensureLabel(techniqueKey, label.key, warn).key;
    return { label: label.key, technique };
  }

  /** Adds a relation type the scheme lacks. */
  ensureRelationType(key: string, warn: Warn): void {
    if (this.relationTypes.has(key)) return;
    addRelationType(this.db, { key, name: key, description: '' });
    this.relationTypes.add(key);
    warn(`relation type "${key}" is not in the project's scheme; added it`);
  }

  private ensureLabel(key: string, parent: string | null, warn: Warn): Label {
    const known = this.labels.get(key);
    if (known !== undefined) return known;
    const label: Label = { key, name: key, color: NEW_LABEL_COLOR, parent, shortcut: null, description: '' };
    addLabel(this.db, label);
    this.labels.set(key, label);
    warn(`${parent === null ? 'label' : `technique of "${parent}"`} "${key}" is not in the project's scheme; added it`);
    return label;
  }
}
