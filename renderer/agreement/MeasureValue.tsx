// One number of the report: three decimals, or "—" with the report's reason as its tooltip.
import { formatMeasure } from './measureValues';

interface MeasureValueProps {
  value: number | null;
  /** Why the value is null (from the report's `reasons`). */
  reason: string | undefined;
  testId?: string;
}

/** A measure as text; a null shows "—" and explains itself on hover. */
export function MeasureValue({ value, reason, testId }: MeasureValueProps) {
  if (value === null) {
    return (
      <span className="measure measure-null" title={reason ?? 'not computed'} data-testid={testId} data-null="true">
        {formatMeasure(null)}
      </span>
    );
  }
  return (
    <span className="measure" data-testid={testId}>
      {formatMeasure(value)}
    </span>
  );
}
