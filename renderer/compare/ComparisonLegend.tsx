// The key of the comparison: what each mark means and how many groups show it, and the label colours.
import type { DisagreementKind } from './compareSpans';
import { KIND_HINTS, KIND_NAMES } from './disagreementKinds';

interface ComparisonLegendProps {
  counts: Record<DisagreementKind | 'agreement', number>;
  labels: { key: string; name: string; color: string }[];
}

const ORDER: (DisagreementKind | 'agreement')[] = ['missing', 'boundary', 'label', 'agreement'];

/** Kinds with their counts, then the label swatches. */
export function ComparisonLegend({ counts, labels }: ComparisonLegendProps) {
  return (
    <div className="cmp-legend" data-testid="comparison-legend">
      <ul className="cmp-legend-kinds">
        {ORDER.map((kind) => (
          <li key={kind} className="cmp-legend-item" title={KIND_HINTS[kind]} data-kind={kind}>
            <span className={`cmp-swatch cmp-swatch-${kind}`} aria-hidden="true" />
            <span>{KIND_NAMES[kind]}</span>
            <span className="cmp-legend-count" data-testid={`kind-count-${kind}`}>
              {counts[kind]}
            </span>
          </li>
        ))}
      </ul>
      {labels.length > 0 && (
        <ul className="cmp-legend-labels">
          {labels.map((label) => (
            <li key={label.key} className="cmp-legend-label" title={label.key}>
              <span className="cmp-label-swatch" style={{ background: label.color }} aria-hidden="true" />
              {label.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
