// annotation.conf for an exported brat folder: the scheme's labels as [entities] (children such
// as the PTC techniques indented with tabs under their parent, brat's hierarchy syntax), its
// relation types as [relations], the attributes the .ann files use as [attributes].
import type { LabelScheme } from '../domain';
import type { BratAttributeUse } from './bratAnnWrite';
import type { BratTypeNames } from './bratNames';

/** The names beyond the scheme that the exported documents used. */
export interface BratUsedNames {
  labels: Set<string>;
  relationTypes: Set<string>;
  attributes: BratAttributeUse;
}

/** The text of annotation.conf for a scheme plus the names the documents used. */
export function bratAnnotationConf(scheme: LabelScheme, used: BratUsedNames, names: BratTypeNames): string {
  const lines: string[] = ['# brat configuration written by Spanmark.'];
  const entities = entityLines(scheme, used, names);
  const relationTypes = unique([...scheme.relationTypes.map((type) => type.key), ...used.relationTypes]);
  const relations = relationTypes.map((type) => `${names.storageName(type)}\tArg1:<ENTITY>, Arg2:<ENTITY>`);
  // Names are final only now: list the renamed ones so a reader of the folder can map them back.
  if (names.renamings().length > 0) {
    lines.push('# Names brat cannot store were renamed; each .ann restores them with a SpanmarkLabel note:');
    for (const [storage, original] of names.renamings()) lines.push(`#   ${storage} = ${original}`);
  }
  lines.push('', '[entities]', ...entities, '', '[relations]', ...relations, '', '[events]', '', '[attributes]');
  for (const [name, values] of used.attributes) {
    lines.push(values.size === 0 ? `${name}\tArg:<ENTITY>` : `${name}\tArg:<ENTITY>, Value:${[...values].join('|')}`);
  }
  return `${lines.join('\n')}\n`;
}

function entityLines(scheme: LabelScheme, used: BratUsedNames, names: BratTypeNames): string[] {
  const keys = new Set(scheme.labels.map((label) => label.key));
  const children = new Map<string | null, string[]>();
  for (const label of scheme.labels) {
    const parent = label.parent !== null && keys.has(label.parent) && label.parent !== label.key ? label.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), label.key]);
  }
  const lines: string[] = [];
  const visited = new Set<string>();
  const visit = (key: string, depth: number): void => {
    // A cycle in parents must not loop forever; each label is written once.
    if (visited.has(key)) return;
    visited.add(key);
    lines.push(`${'\t'.repeat(depth)}${names.storageName(key)}`);
    for (const child of children.get(key) ?? []) visit(child, depth + 1);
  };
  for (const key of children.get(null) ?? []) visit(key, 0);
  for (const label of scheme.labels) visit(label.key, 0);
  for (const label of used.labels) visit(label, 0);
  return lines;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
