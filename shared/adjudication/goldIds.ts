// Ids of the spans and relations copied into gold: `gold:<source id>`, so anyone reading an export
// can see where a gold span came from.
/** The longest id the API accepts for a span or relation (see shared/api.ts). */
const MAX_ID_LENGTH = 200;

/** A new gold id for a copy of `sourceId`, not in `taken`; adds it to `taken`. */
export function goldIdFor(sourceId: string, taken: Set<string>): string {
  let base = `gold:${sourceId}`;
  // A very long imported id would make a gold id the API could not edit; fall back to a short one.
  if (base.length > MAX_ID_LENGTH - 8) base = `gold:${shortHash(sourceId)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}~${n}`;
  taken.add(id);
  return id;
}

/** The ids in a list, each once, in order of first appearance. */
export function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(16).padStart(8, '0')}-${text.length}`;
}
