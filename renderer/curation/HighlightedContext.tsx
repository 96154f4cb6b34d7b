// The text around a group with some spans marked: each span's label colour as a tint, its first
// and last character edged, so boundary differences between versions show at a glance. The text
// is rendered as text, never as HTML.
import { useMemo } from 'react';
import type { Span } from '../../shared/domain';
import type { OffsetMap } from '../../shared/offsets';
import { contextPieces, type ContextRange } from './contextSegments';

interface HighlightedContextProps {
  text: string;
  map: OffsetMap;
  range: ContextRange;
  spans: readonly Span[];
  colorOf: (span: Span) => string;
  nameOf: (span: Span) => string;
  testId?: string;
}

/** One paragraph of context with the given spans marked. */
export function HighlightedContext({ text, map, range, spans, colorOf, nameOf, testId }: HighlightedContextProps) {
  const pieces = useMemo(() => contextPieces(text, map, range, spans), [text, map, range, spans]);
  return (
    <p className="curation-context" dir="auto" data-testid={testId}>
      {range.clippedBefore && (
        <span className="cx-ellipsis" aria-hidden="true">
          …{' '}
        </span>
      )}
      {pieces.map((piece) => {
        if (piece.spans.length === 0) return <span key={piece.start}>{piece.text}</span>;
        const top = piece.spans[piece.spans.length - 1]!;
        const color = colorOf(top);
        const starts = piece.spans.some((span) => span.start === piece.start);
        const ends = piece.spans.some((span) => span.end === piece.end);
        return (
          <mark
            key={piece.start}
            className={`cx-mark${starts ? ' cx-start' : ''}${ends ? ' cx-end' : ''}${piece.spans.length > 1 ? ' cx-stacked' : ''}`}
            style={{
              backgroundColor: `color-mix(in srgb, ${color} 28%, transparent)`,
              borderColor: color,
              textDecorationColor: colorOf(piece.spans[0]!),
            }}
            title={piece.spans.map(nameOf).join(' + ')}
          >
            {piece.text}
          </mark>
        );
      })}
      {range.clippedAfter && (
        <span className="cx-ellipsis" aria-hidden="true">
          {' '}
          …
        </span>
      )}
    </p>
  );
}
