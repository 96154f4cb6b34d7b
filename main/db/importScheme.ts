// The project's scheme as an import sees it: a label the user mapped (`--map-labels Claim=claim`)
// becomes the label it was mapped to; a label or relation type the scheme lacks is added (with a
// warning, and a colour from the colour-blind-safe palette) when its key follows the rules every
// door shares; a technique given as a label finds its parent. A key the scheme editor would refuse,
// or a technique under a label it does not belong to, is refused here too, with the fix.
import type { Label } from '../../shared/domain';
import { similarLabelKey } from '../../shared/importPreview';
import { nextLabelColor } from '../../shared/labelPalette';
import { keyProblem } from '../../shared/validation/names';
import type { Db } from './open';
import { addLabel, addRelationType, getScheme } from './scheme';

/** Says that something was added, for the import report. */
export type Warn = (message: string) => void;

/** A span's label and technique in the project's scheme, or why the span cannot come in. */
export type ResolvedLabel = { label: string; technique: string | null } | { problem: string };

/** The scheme during one import, growing as the files need. */
export class ImportScheme {
  private readonly labels: Map<string, Label>;
  private readonly relationTypes: Set<string>;

  constructor(
    private readonly db: Db,
    private readonly labelMap: Record<string, string> = {},
  ) {
    const scheme = getScheme(db);
    this.labels = new Map(scheme.labels.map((label) => [label.key, label]));
    this.relationTypes = new Set(scheme.relationTypes.map((type) => type.key));
  }

  /** A span's label and technique; a technique given as the label (as PTC files do) becomes its parent label plus the technique. */
  resolve(labelKey: string, techniqueKey: string | null | undefined, warn: Warn): ResolvedLabel {
    const found = this.ensureLabel(this.mapped(labelKey), null, warn);
    if ('problem' in found) return found;
    let label = found;
    let technique: string | null = null;
    if (label.parent !== null) {
      technique = label.key;
      label = this.labels.get(label.parent)!;
    }
    if (techniqueKey != null) {
      const given = this.ensureLabel(this.mapped(techniqueKey), label.key, warn);
      if ('problem' in given) return given;
      if (given.parent !== label.key) {
        return {
          problem:
            given.parent === null
              ? `"${given.key}" is a label, not a technique, so it cannot sit under "${label.key}"; give it as the span's label instead`
              : `technique "${given.key}" belongs to "${given.parent}", not to "${label.key}"; label the span "${given.parent}", or map the technique to one of "${label.key}" with --map-labels`,
        };
      }
      technique = given.key;
    }
    return { label: label.key, technique };
  }

  /** Adds a relation type the scheme lacks; returns why it cannot be added, or null. */
  ensureRelationType(key: string, warn: Warn): string | null {
    if (this.relationTypes.has(key)) return null;
    const problem = keyProblem(key);
    if (problem !== null)
      return `relation type ${JSON.stringify(key)} cannot be added to the scheme: ${problem}; rename it in the file`;
    addRelationType(this.db, { key, name: key, description: '' });
    this.relationTypes.add(key);
    warn(`relation type "${key}" is not in the project's scheme; added it`);
    return null;
  }

  private mapped(key: string): string {
    return Object.prototype.hasOwnProperty.call(this.labelMap, key) ? this.labelMap[key]! : key;
  }

  private ensureLabel(key: string, parent: string | null, warn: Warn): Label | { problem: string } {
    const known = this.labels.get(key);
    if (known !== undefined) return known;
    const problem = keyProblem(key);
    if (problem !== null) {
      const what = parent === null ? 'label' : 'technique';
      return {
        problem: `${what} ${JSON.stringify(key)} cannot be added to the scheme: ${problem}; map it to a label with --map-labels ${JSON.stringify(`${key}=<label>`)} (or choose one in the Import dialog)`,
      };
    }
    // A new technique takes its label's colour, as in the scheme editor; a new label a colour of its own.
    const color =
      parent !== null
        ? this.labels.get(parent)!.color
        : nextLabelColor([...this.labels.values()].map((label) => label.color));
    const label: Label = { key, name: key, color, parent, shortcut: null, description: '' };
    addLabel(this.db, label);
    this.labels.set(key, label);
    const similar = parent === null ? similarLabelKey(key, this.labels.keys()) : null;
    const hint =
      similar === null ? '' : `; the scheme has "${similar}": pass --map-labels ${key}=${similar} to use it instead`;
    warn(
      `${parent === null ? 'label' : `technique of "${parent}"`} "${key}" is not in the project's scheme; added it${hint}`,
    );
    return label;
  }
}
