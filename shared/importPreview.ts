// What an import would bring into the scheme, computed before it runs so the Import dialog can
// offer a mapping: the label keys the files use, how often, and for each key the scheme lacks an
// existing label whose key is the same but for case and separators (`Claim` → `claim`).
import type { LabelScheme } from './domain';
import type { ParseItem } from './formats/codec';
import { keyProblem } from './validation/names';

/** One label key the files use. */
export interface PreviewLabel {
  key: string;
  /** Spans that use it, as label or as technique. */
  count: number;
  /** Whether the project's scheme has a label with exactly this key. */
  known: boolean;
  /** For a key the scheme lacks: the scheme's label it most likely means, or null. */
  suggestion: string | null;
  /** Why the key cannot be added to the scheme as it is (then it must be mapped), or null. */
  problem: string | null;
}

/** The labels the files of an import use; unknown ones first, then by use. */
export interface ImportPreview {
  labels: PreviewLabel[];
  documents: number;
}

/** Counts the label keys of parsed documents against a scheme; records that fail to parse are left to the import to report. */
export function previewImportLabels(items: Iterable<ParseItem>, scheme: LabelScheme): ImportPreview {
  const counts = new Map<string, number>();
  let documents = 0;
  for (const item of items) {
    if ('error' in item) continue;
    documents++;
    for (const span of item.document.spans) {
      for (const key of [span.label, span.technique]) {
        if (key != null) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const known = new Set(scheme.labels.map((label) => label.key));
  const labels = [...counts].map(([key, count]): PreviewLabel => {
    const isKnown = known.has(key);
    return {
      key,
      count,
      known: isKnown,
      suggestion: isKnown ? null : similarLabelKey(key, known),
      problem: isKnown ? null : keyProblem(key),
    };
  });
  labels.sort(
    (a, b) => Number(a.known) - Number(b.known) || b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return { labels, documents };
}

/** The first of `keys` that differs from `key` only in case, spaces, `_` or `-` (the same thing to a reader), or null. */
export function similarLabelKey(key: string, keys: Iterable<string>): string | null {
  const wanted = looseKey(key);
  for (const other of keys) if (other !== key && looseKey(other) === wanted) return other;
  return null;
}

function looseKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/gu, '');
}
