// Formats with one label per span write the technique in place of `propaganda`; on import the
// project maps a technique key back to propaganda + technique, so PTC-style labels round trip.
import type { NativeSpan } from './native';

/** The single label a one-label format writes for a span: its technique if it has one, else its label. */
export function spanLabelName(span: Pick<NativeSpan, 'label' | 'technique'>): string {
  return span.technique ?? span.label;
}
