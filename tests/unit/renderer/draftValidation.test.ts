import { describe, expect, it } from 'vitest';
import { defaultScheme } from '../../../shared/defaultScheme';
import { labelSchemeSchema } from '../../../shared/schemeSchema';
import { fieldKey, validateDraft } from '../../../renderer/settings/draftValidation';
import {
  draftFromScheme,
  newLabel,
  newRelationType,
  newTechnique,
  renamed,
  schemeFromDraft,
} from '../../../renderer/settings/schemeDraft';

function bundledDraft() {
  return draftFromScheme(defaultScheme());
}

describe('validateDraft', () => {
  it('finds nothing wrong with the bundled scheme', () => {
    expect(validateDraft(bundledDraft()).count).toBe(0);
  });

  it('puts a duplicate shortcut beside the shortcut field of the later label', () => {
    const draft = bundledDraft();
    draft.labels[2]!.shortcut = '1';
    const problems = validateDraft(draft);
    expect(problems.fields.get(fieldKey(draft.labels[2]!.rowId, 'shortcut'))).toBe(
      'the key 1 is already the shortcut of "claim"',
    );
    expect(problems.fields.has(fieldKey(draft.labels[0]!.rowId, 'shortcut'))).toBe(false);
    expect(problems.count).toBe(1);
  });

  it('puts field rules (colour, shortcut form, empty names) beside their fields', () => {
    const draft = bundledDraft();
    draft.labels[0]!.color = 'yellow';
    draft.labels[1]!.shortcut = 'E';
    draft.labels[3]!.techniques[2]!.name = '   ';
    draft.relationTypes[0]!.name = '';
    const problems = validateDraft(draft);
    expect(problems.fields.get(fieldKey(draft.labels[0]!.rowId, 'color'))).toBe('a colour is written #rrggbb');
    expect(problems.fields.get(fieldKey(draft.labels[1]!.rowId, 'shortcut'))).toBe(
      'a shortcut is one digit or lower-case letter',
    );
    expect(problems.fields.get(fieldKey(draft.labels[3]!.techniques[2]!.rowId, 'name'))).toBe('a label needs a name');
    expect(problems.fields.get(fieldKey(draft.relationTypes[0]!.rowId, 'name'))).toBe('a relation type needs a name');
    expect(problems.count).toBe(4);
  });

  it('puts a key used twice beside the key of the new row', () => {
    const draft = bundledDraft();
    const copy = renamed(newLabel(draft), 'Claim');
    draft.labels.push({ ...copy, key: 'claim', keyTouched: true });
    const type = { ...newRelationType(), key: 'supports', name: 'supports again' };
    draft.relationTypes.push(type);
    const problems = validateDraft(draft);
    expect(problems.fields.get(fieldKey(copy.rowId, 'key'))).toBe('the key "claim" is used twice');
    expect(problems.fields.get(fieldKey(type.rowId, 'key'))).toBe('the relation type "supports" is used twice');
  });

  it('asks for a key and a name on a new technique', () => {
    const draft = bundledDraft();
    const technique = newTechnique(draft.labels[3]!);
    draft.labels[3]!.techniques.push(technique);
    const problems = validateDraft(draft);
    expect(problems.fields.get(fieldKey(technique.rowId, 'key'))).toBe('a key cannot be empty');
    expect(problems.fields.get(fieldKey(technique.rowId, 'name'))).toBe('a label needs a name');
  });

  it('keeps the editor’s link key l free, by the same rule the project applies on save', () => {
    const draft = bundledDraft();
    draft.labels[0]!.shortcut = 'l';
    expect(labelSchemeSchema.safeParse(schemeFromDraft(draft).scheme).success).toBe(false);
    expect(validateDraft(draft).fields.get(fieldKey(draft.labels[0]!.rowId, 'shortcut'))).toMatch(
      /^l is the editor’s key for linking spans/,
    );
  });

  it('reports a scheme without labels as a problem of the whole scheme', () => {
    const draft = bundledDraft();
    draft.labels = [];
    expect(validateDraft(draft).general).toEqual(['a scheme needs at least one label']);
  });

  it('agrees with the project’s own check on every draft it passes', () => {
    const draft = bundledDraft();
    draft.labels.push({ ...renamed(newLabel(draft), 'Source'), shortcut: '5' });
    expect(validateDraft(draft).count).toBe(0);
    expect(labelSchemeSchema.safeParse(schemeFromDraft(draft).scheme).success).toBe(true);
  });
});
