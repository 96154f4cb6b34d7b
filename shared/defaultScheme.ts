import bundledScheme from '../seeds/scheme.json';
import type { Label, LabelScheme } from './domain';

interface SeedLabel {
  key: string;
  name: string;
  color: string;
  parent?: string;
  shortcut?: string;
  description: string;
}

/** The label scheme a new project starts with: claim, evidence, opinion, propaganda and the 14 PTC techniques. */
export function defaultScheme(): LabelScheme {
  return {
    labels: (bundledScheme.labels as SeedLabel[]).map((label): Label => ({
      key: label.key,
      name: label.name,
      color: label.color,
      parent: label.parent ?? null,
      shortcut: label.shortcut ?? null,
      description: label.description,
    })),
    relationTypes: bundledScheme.relationTypes.map((type) => ({ ...type })),
  };
}
