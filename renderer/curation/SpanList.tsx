// Spans in words: label (and technique) and code-point range, one chip each.
import type { Span } from '../../shared/domain';
import type { SpanLabels } from './spanLabels';

interface SpanListProps {
  spans: readonly Span[];
  labels: SpanLabels;
  /** What to say when there are no spans. */
  empty: string;
}

/** A row of chips, one per span, coloured by label. */
export function SpanList({ spans, labels, empty }: SpanListProps) {
  if (spans.length === 0) return <span className="span-list-empty">{empty}</span>;
  return (
    <ul className="span-list" aria-label="spans">
      {spans.map((span) => (
        <li
          key={span.id}
          className="span-chip"
          data-testid="span-chip"
          title={span.note === '' ? span.quote : `${span.quote}\n\nNote: ${span.note}`}
        >
          <span className="span-chip-swatch" style={{ backgroundColor: labels.colorOf(span) }} aria-hidden="true" />
          {labels.nameOf(span)}
          <span className="span-chip-range">
            {span.start}–{span.end}
          </span>
          {span.note !== '' && (
            <span className="span-chip-note" aria-label="has a note">
              ✎
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
