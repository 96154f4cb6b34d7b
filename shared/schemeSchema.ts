// The rules a label scheme must follow, checked whenever one is saved from the settings view.
import { z } from 'zod';
import { keySchema, storableTextSchema } from './validation/names';

// Keys follow the rules every door shares; names and guidelines must be storable text.
const key = keySchema;
const name = (emptyMessage: string) =>
  storableTextSchema.pipe(z.string().trim().min(1, emptyMessage).max(100, 'a name has at most 100 characters'));
const description = storableTextSchema.pipe(z.string().max(2000, 'a guideline has at most 2000 characters'));

const label = z.object({
  key,
  name: name('a label needs a name'),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/u, 'a colour is written #rrggbb'),
  parent: key.nullable(),
  shortcut: z
    .string()
    .regex(/^[0-9a-z]$/u, 'a shortcut is one digit or lower-case letter')
    .nullable(),
  description,
});

const relationType = z.object({
  key,
  name: name('a relation type needs a name'),
  description,
});

/** Keys the annotation editor keeps for itself (a label shortcut on them would never fire), with what they do there. */
export const RESERVED_SHORTCUTS: Readonly<Record<string, string>> = { l: 'the editor’s key for linking spans' };

/** A whole label scheme: unique keys and shortcuts, techniques under a top-level label. */
export const labelSchemeSchema = z
  .object({ labels: z.array(label).min(1, 'a scheme needs at least one label'), relationTypes: z.array(relationType) })
  .superRefine((scheme, context) => {
    const keys = new Map(scheme.labels.map((l) => [l.key, l]));
    const seenKeys = new Set<string>();
    const seenShortcuts = new Map<string, string>();
    scheme.labels.forEach((l, index) => {
      const path = ['labels', index];
      if (seenKeys.has(l.key)) context.addIssue({ code: 'custom', path, message: `the key "${l.key}" is used twice` });
      seenKeys.add(l.key);
      if (l.parent !== null) {
        const parent = keys.get(l.parent);
        if (parent === undefined)
          context.addIssue({
            code: 'custom',
            path,
            message: `"${l.key}" sits under "${l.parent}", which is not a label`,
          });
        else if (parent.parent !== null)
          context.addIssue({
            code: 'custom',
            path,
            message: `"${l.key}" sits under a technique; techniques sit under a top-level label`,
          });
        if (l.shortcut !== null)
          context.addIssue({
            code: 'custom',
            path,
            message: `technique "${l.key}" cannot have a shortcut key; the technique picker chooses techniques`,
          });
      }
      if (l.shortcut !== null) {
        const other = seenShortcuts.get(l.shortcut);
        if (other !== undefined)
          context.addIssue({
            code: 'custom',
            path,
            message: `the key ${l.shortcut} is already the shortcut of "${other}"`,
          });
        seenShortcuts.set(l.shortcut, l.key);
        const reserved = RESERVED_SHORTCUTS[l.shortcut];
        if (reserved !== undefined)
          context.addIssue({
            code: 'custom',
            path: [...path, 'shortcut'],
            message: `${l.shortcut} is ${reserved}; choose another key`,
          });
      }
    });
    const typeKeys = new Set<string>();
    scheme.relationTypes.forEach((t, index) => {
      if (typeKeys.has(t.key))
        context.addIssue({
          code: 'custom',
          path: ['relationTypes', index],
          message: `the relation type "${t.key}" is used twice`,
        });
      typeKeys.add(t.key);
    });
  });
