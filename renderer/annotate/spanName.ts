// How a span is named in messages and banners: its label and a short quote.
import type { LabelScheme, Span } from '../../shared/domain';
import { spanLabelName } from './schemeLabels';

/** `Claim “The minister said…”`, the quote cut at 30 characters; "a span" when it is unknown. */
export function spanTitle(scheme: LabelScheme, span: Span | undefined): string {
  if (span === undefined) return 'a span';
  const quote = span.quote.length > 30 ? `${span.quote.slice(0, 29)}…` : span.quote;
  return `${spanLabelName(scheme, span)} “${quote}”`;
}
