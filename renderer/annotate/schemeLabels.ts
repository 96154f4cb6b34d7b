// Questions the editor asks of a label scheme: the labels to pick from, a key's label, the
// techniques under a label, and the name to show for a span.
import type { Label, LabelScheme, Span } from '../../shared/domain';

/** The labels a span can have (top level), in scheme order. */
export function topLabels(scheme: LabelScheme): Label[] {
  return scheme.labels.filter((label) => label.parent === null);
}

/** The techniques (children) of a label, in scheme order. */
export function techniquesOf(scheme: LabelScheme, labelKey: string): Label[] {
  return scheme.labels.filter((label) => label.parent === labelKey);
}

/** The top-level label whose shortcut is `key`, or null. */
export function labelForShortcut(scheme: LabelScheme, key: string): Label | null {
  return topLabels(scheme).find((label) => label.shortcut !== null && label.shortcut === key.toLowerCase()) ?? null;
}

/** A label by key, or null when the scheme no longer has it. */
export function labelByKey(scheme: LabelScheme, key: string): Label | null {
  return scheme.labels.find((label) => label.key === key) ?? null;
}

/** "Claim", or "Propaganda marker: Loaded language" for a span with a technique. */
export function spanLabelName(scheme: LabelScheme, span: Pick<Span, 'label' | 'technique'>): string {
  const label = labelByKey(scheme, span.label)?.name ?? span.label;
  if (span.technique === null) return label;
  return `${label}: ${labelByKey(scheme, span.technique)?.name ?? span.technique}`;
}

/** The colour a span is drawn in: its label's (techniques share their parent's colour). */
export function spanColor(scheme: LabelScheme, span: Pick<Span, 'label'>): string {
  return labelByKey(scheme, span.label)?.color ?? '#888888';
}
