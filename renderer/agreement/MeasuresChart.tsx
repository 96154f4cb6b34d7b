// A bar chart of the corpus-wide measures per label: one group of three bars per label, drawn
// horizontally so long technique names stay readable. Missing values draw no bar.
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AgreementReport } from '../../shared/agreement';
import { GROUP_MEASURES } from './MeasuresTable';
import { formatMeasure } from './measureValues';

/** Okabe–Ito colours: distinct under every common colour-vision deficiency. */
const MEASURE_COLORS = ['#0072b2', '#e69f00', '#009e73'];

interface MeasuresChartProps {
  report: AgreementReport;
  labelName: (key: string) => string;
}

/** The lowest axis value: 0, or below the lowest value to the next tenth. */
function axisMinimum(values: (number | null)[]): number {
  const lowest = Math.min(0, ...values.filter((value): value is number => value !== null));
  return Math.floor(lowest * 10 - 1e-9) / 10;
}

/** Bars of α_U, Krippendorff's α and Fleiss' κ for each label. */
export function MeasuresChart({ report, labelName }: MeasuresChartProps) {
  const data = report.labels.map((label) => ({
    label: labelName(label),
    ...Object.fromEntries(GROUP_MEASURES.map((measure) => [measure.key, report[measure.key].per_label[label] ?? null])),
  }));
  const minimum = axisMinimum(report.labels.flatMap((label) => GROUP_MEASURES.map((m) => report[m.key].per_label[label] ?? null)));
  if (data.length === 0) return null;
  return (
    <figure className="measures-chart" data-testid="measures-chart">
      <figcaption className="chart-caption">Per label</figcaption>
      <ResponsiveContainer width="100%" height={64 + data.length * 52}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} barCategoryGap="22%">
          <CartesianGrid horizontal={false} stroke="var(--border)" />
          <XAxis type="number" domain={[minimum, 1]} tickFormatter={(value: number) => value.toFixed(1)} stroke="var(--text-muted)" fontSize={12} />
          <YAxis type="category" dataKey="label" width={150} stroke="var(--text-muted)" fontSize={12} tickLine={false} />
          <ReferenceLine x={0} stroke="var(--text-muted)" />
          <Tooltip
            formatter={(value) => formatMeasure(typeof value === 'number' ? value : null)}
            contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border-strong)', borderRadius: 6, fontSize: 13 }}
            cursor={{ fill: 'var(--surface-hover)' }}
          />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          {GROUP_MEASURES.map((measure, index) => (
            <Bar key={measure.key} dataKey={measure.key} name={measure.name} fill={MEASURE_COLORS[index]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
