// Formats without document ids name documents after their file.

/** A file name without its folders and its last extension: `data/news.jsonl` → `news`. */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/u).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
