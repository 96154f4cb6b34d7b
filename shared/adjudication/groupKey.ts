// The key a disagreement group is known by, in the API and in stored decisions. It is derived
// from what the annotators marked, so it stays the same across sessions and machines and
// changes (reopening the group) as soon as any annotator's spans in it change.
import type { Span } from '../domain';
import { compareText } from './spanIdentity';

/** The stable key of a group of spans: its range and a hash of who marked what, e.g. `12-40:3f9a0c1b2d4e5`. */
export function groupKey(start: number, end: number, spans: readonly Span[]): string {
  const lines = spans
    .map((span) => JSON.stringify([span.annotator, span.start, span.end, span.label, span.technique]))
    .sort(compareText);
  return `${start}-${end}:${hash53(lines.join('\n'))}`;
}

// cyrb53: a fast 53-bit string hash; with the range in front, a clash would need two groups with
// the same range in the same document whose contents hash alike.
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ unit, 2654435761);
    h2 = Math.imul(h2 ^ unit, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
