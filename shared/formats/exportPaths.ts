// Document ids become file names in folder exports (brat, WebAnno TSV); an id must never write
// outside the folder the user named.

/** A document id as a relative path inside an export folder: no `..`, no absolute path, no characters Windows refuses. */
export function safeRelativePath(id: string): string {
  const parts = id
    .split(/[\\/]/u)
    .filter((part) => part !== '' && part !== '.')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name may not hold
    .map((part) => (part === '..' ? '_' : part.replace(/[<>:"|?*\u0000-\u001f]/gu, '_')));
  return parts.length === 0 ? '_' : parts.join('/');
}

/** Hands out one file path per document: the safe id, with `-2`, `-3` … when two ids end up alike. */
export class ExportPaths {
  private readonly taken = new Set<string>();
  /** How many ids had to be changed to be safe file names. */
  changed = 0;

  /** The path (without extension) for a document id. */
  pathFor(id: string): string {
    const safe = safeRelativePath(id);
    if (safe !== id) this.changed++;
    let path = safe;
    // Case-insensitive file systems (Windows, macOS) would merge names that differ only in case.
    for (let suffix = 2; this.taken.has(path.toLowerCase()); suffix++) path = `${safe}-${suffix}`;
    this.taken.add(path.toLowerCase());
    return path;
  }
}
