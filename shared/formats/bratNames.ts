// brat stores a type name only if it matches ^[A-Za-z0-9_-]+$ (projectconfig.py,
// normalize_to_storage_form), and the .ann line format splits on spaces. Spanmark labels such as
// PTC's `Name_Calling,Labeling` do not fit, so each gets a storage name (brat's own rule: other
// characters become `_`, plus `-2`, `-3` … if that name is taken) and every use in an .ann file
// is followed by a SpanmarkLabel comment that restores the original.

const STORABLE = /^[A-Za-z0-9_-]+$/u;

/** Whether brat can store a type or attribute name as it is. */
export function isBratStorable(name: string): boolean {
  return STORABLE.test(name);
}

/** Hands out brat storage names for Spanmark labels and relation types, the same for the whole export. */
export class BratTypeNames {
  private readonly storageByName = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly renamed: [storage: string, original: string][] = [];

  /** `reserved`: names known up front (the scheme), so a storable name is never given to a renamed one first. */
  constructor(reserved: Iterable<string>) {
    const names = [...reserved];
    for (const name of names) {
      if (isBratStorable(name)) this.storageName(name);
    }
    for (const name of names) this.storageName(name);
  }

  /** The name brat stores for a Spanmark name. */
  storageName(name: string): string {
    const known = this.storageByName.get(name);
    if (known !== undefined) return known;
    let storage = name;
    if (!isBratStorable(name) || this.taken.has(name)) {
      const base = name.replace(/[^A-Za-z0-9_-]/gu, '_');
      storage = base;
      for (let suffix = 2; this.taken.has(storage); suffix++) storage = `${base}-${suffix}`;
      this.renamed.push([storage, name]);
    }
    this.taken.add(storage);
    this.storageByName.set(name, storage);
    return storage;
  }

  /** Whether a name is stored under another name (and so needs a SpanmarkLabel comment). */
  isRenamed(name: string): boolean {
    return this.storageName(name) !== name;
  }

  /** Every renamed name so far, in the order they were first seen. */
  renamings(): readonly [storage: string, original: string][] {
    return this.renamed;
  }
}
