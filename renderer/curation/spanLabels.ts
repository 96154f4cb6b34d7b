// Names and colours of span labels from the project's scheme, for the curation view.
import type { LabelScheme, Span } from '../../shared/domain';

const FALLBACK_COLOR = '#8a8f98';

/** How a span's label is shown and coloured. */
export interface SpanLabels {
  colorOf(span: Span): string;
  nameOf(span: Span): string;
}

/** Looks labels and techniques up in the scheme; unknown keys show as themselves in grey. */
export function spanLabels(scheme: LabelScheme | null): SpanLabels {
  const labels = new Map((scheme?.labels ?? []).map((label) => [label.key, label]));
  return {
    colorOf: (span) => labels.get(span.label)?.color ?? FALLBACK_COLOR,
    nameOf: (span) => {
      const label = labels.get(span.label)?.name ?? span.label;
      if (span.technique === null) return label;
      return `${label}: ${labels.get(span.technique)?.name ?? span.technique}`;
    },
  };
}
