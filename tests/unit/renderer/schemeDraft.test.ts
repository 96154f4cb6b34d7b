import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScheme } from '../../../shared/defaultScheme';
import type { LabelScheme } from '../../../shared/domain';
import {
  draftDiffers,
  draftFromScheme,
  keyFromName,
  moveItem,
  newLabel,
  newRelationType,
  newTechnique,
  recoloured,
  removedItems,
  renamed,
  rowChanges,
  schemeFromDraft,
} from '../../../renderer/settings/schemeDraft';

describe('draftFromScheme and schemeFromDraft', () => {
  it('round-trip the bundled scheme unchanged: 4 labels, the 14 PTC techniques under propaganda, 2 relation types', () => {
    const scheme = defaultScheme();
    const draft = draftFromScheme(scheme);
    expect(draft.labels.map((label) => label.key)).toEqual(['claim', 'evidence', 'opinion', 'propaganda']);
    expect(draft.labels[3]!.techniques).toHaveLength(14);
    expect(draft.labels[3]!.techniques[0]!.key).toBe('Loaded_Language');
    expect(draft.labels.every((label) => !label.isNew)).toBe(true);
    expect(schemeFromDraft(draft).scheme).toEqual(scheme);
    expect(draftDiffers(draft, scheme)).toBe(false);
  });

  it('writes each label followed by its techniques, and maps every flat index back to its row', () => {
    const scheme: LabelScheme = {
      labels: [
        { key: 'a', name: 'A', color: '#111111', parent: null, shortcut: '1', description: '' },
        { key: 'b', name: 'B', color: '#222222', parent: null, shortcut: null, description: '' },
        { key: 'a1', name: 'A1', color: '#111111', parent: 'a', shortcut: null, description: '' },
        { key: 'b1', name: 'B1', color: '#222222', parent: 'b', shortcut: null, description: '' },
      ],
      relationTypes: [{ key: 'r', name: 'r', description: '' }],
    };
    const draft = draftFromScheme(scheme);
    const flat = schemeFromDraft(draft);
    expect(flat.scheme.labels.map((label) => label.key)).toEqual(['a', 'a1', 'b', 'b1']);
    expect(flat.labelRows).toEqual([
      draft.labels[0]!.rowId,
      draft.labels[0]!.techniques[0]!.rowId,
      draft.labels[1]!.rowId,
      draft.labels[1]!.techniques[0]!.rowId,
    ]);
    expect(flat.relationTypeRows).toEqual([draft.relationTypes[0]!.rowId]);
    // Only the order differs from storage, which is not an edit.
    expect(draftDiffers(draft, scheme)).toBe(false);
  });

  it('stores an empty shortcut field as no shortcut', () => {
    const draft = draftFromScheme(defaultScheme());
    draft.labels[0]!.shortcut = '';
    expect(schemeFromDraft(draft).scheme.labels[0]!.shortcut).toBeNull();
    expect(draftDiffers(draft, defaultScheme())).toBe(true);
  });
});

describe('editing rows', () => {
  it('gives a new label the first free digit and a key that follows its name until typed', () => {
    const draft = draftFromScheme(defaultScheme());
    const label = newLabel(draft);
    expect(label).toMatchObject({ shortcut: '5', isNew: true, key: '', techniques: [] });
    const named = renamed(label, '  Source of claim ');
    expect(named.key).toBe('Source_of_claim');
    const typed = renamed({ ...named, key: 'src', keyTouched: true }, 'Source');
    expect(typed.key).toBe('src');
  });

  it('never changes a stored key when the name changes', () => {
    const claim = draftFromScheme(defaultScheme()).labels[0]!;
    expect(renamed(claim, 'Factual claim')).toMatchObject({ key: 'claim', name: 'Factual claim' });
  });

  it('recolours the techniques that wore the label’s colour, and only those', () => {
    const propaganda = draftFromScheme(defaultScheme()).labels[3]!;
    propaganda.techniques[1] = { ...propaganda.techniques[1]!, color: '#000000' };
    const next = recoloured(propaganda, '#3355ff');
    expect(next.color).toBe('#3355ff');
    expect(next.techniques.filter((t) => t.color === '#3355ff')).toHaveLength(13);
    expect(next.techniques[1]!.color).toBe('#000000');
  });

  it('makes techniques in the parent’s colour and empty relation types', () => {
    const claim = draftFromScheme(defaultScheme()).labels[0]!;
    expect(newTechnique(claim)).toMatchObject({ color: claim.color, isNew: true, key: '' });
    expect(newRelationType()).toMatchObject({ key: '', name: '', isNew: true });
  });

  it('keyFromName turns spaces into underscores like the PTC keys', () => {
    expect(keyFromName('Loaded Language')).toBe('Loaded_Language');
    expect(keyFromName(' a \t b ')).toBe('a_b');
  });
});

describe('moveItem', () => {
  it('moves one place up or down and ignores moves off either end', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('always returns a rearrangement of the same items, and moving back undoes a move (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 10 }),
        fc.nat(12),
        fc.constantFrom(-1, 1),
        (items, index, delta) => {
          const moved = moveItem(items, index, delta);
          expect([...moved].sort()).toEqual([...items].sort());
          const target = index + delta;
          if (index < items.length && target >= 0 && target < items.length)
            expect(moveItem(moved, target, -delta)).toEqual(items);
          else expect(moved).toEqual(items);
        },
      ),
    );
  });
});

describe('rowChanges and removedItems', () => {
  it('mark edited and new rows and list what saving would remove', () => {
    const scheme = defaultScheme();
    const draft = draftFromScheme(scheme);
    const [claim, evidence, , propaganda] = draft.labels as [
      (typeof draft.labels)[0],
      (typeof draft.labels)[0],
      unknown,
      (typeof draft.labels)[0],
    ];
    draft.labels[0] = { ...claim, description: 'Checkable.' };
    propaganda.techniques = propaganda.techniques.filter((t) => t.key !== 'Doubt');
    propaganda.techniques[0] = { ...propaganda.techniques[0]!, name: 'Loaded words' };
    draft.labels.splice(2, 1);
    const added = { ...newLabel(draft), key: 'source', name: 'Source' };
    draft.labels.push(added);
    draft.relationTypes.pop();
    // A move alone is not an edit.
    draft.labels.reverse();

    const changes = rowChanges(draft, scheme);
    expect(changes.get(claim.rowId)).toBe('changed');
    expect(changes.get(evidence.rowId)).toBeUndefined();
    expect(changes.get(propaganda.techniques[0]!.rowId)).toBe('changed');
    expect(changes.get(added.rowId)).toBe('new');
    expect(changes.size).toBe(3);
    expect(removedItems(draft, scheme)).toEqual([
      { kind: 'label', key: 'opinion', name: 'Opinion' },
      { kind: 'technique', key: 'Doubt', name: 'Doubt' },
      { kind: 'relation type', key: 'contradicts', name: 'contradicts' },
    ]);
  });
});
