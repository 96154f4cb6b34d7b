// A bar chart of the corpus-wide measures per label: one group of three bars per label, drawn
// horizontally so long technique names stay readable. Missing values draw no bar.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { AgreementReport } from '../../shared/agreement';
import { GROUP_MEASURES } from './MeasuresTable';
import { formatMeasure } from './measureValues';

/** "0.2", "−0.4", "1": ticks are fifths. */
function formatTick(value: number): string {
  return value.toFixed(1).replace('-', '\u2212').replace(/\.0$/u, '');
}

/** Okabe–Ito colours: distinct under every common colour-vision deficiency. */
const MEASURE_COLORS = ['#0072b2', '#e69f00', '#009e73'];

interface MeasuresChartProps {
  report: AgreementReport;
  labelName: (key: string) => string;
}

/** The axis from 0 (or the lowest value, down to the next fifth) to 1, with a tick every fifth. */
function axisTicks(values: (number | null)[]): number[] {
  const lowest = Math.min(0, ...values.filter((value): value is number => value !== null));
  const first = Math.floor(lowest * 5 + 1e-9);
  return Array.from({ length: 6 - first }, (_, i) => (first + i) / 5);
}

/** Legend entries in the order of the bars (recharts sorts them by name otherwise). */
const legendOrder = (item: { dataKey?: unknown }) =>
  GROUP_MEASURES.findIndex((measure) => measure.key === item.dataKey);

/** Bars of α_U, Krippendorff's α and Fleiss' κ for each label. */
export function MeasuresChart({ report, labelName }: MeasuresChartProps) {
  const data = report.labels.map((label) => ({
    label: labelName(label),
    ...Object.fromEntries(GROUP_MEASURES.map((measure) => [measure.key, report[measure.key].per_label[label] ?? null])),
  }));
  const ticks = axisTicks(
    report.labels.flatMap((label) => GROUP_MEASURES.map((m) => report[m.key].per_label[label] ?? null)),
  );
  if (data.length === 0) return null;
  return (
    <figure className="measures-chart" data-testid="measures-chart">
      <figcaption className="chart-caption">Per label</figcaption>
      <ResponsiveContainer width="100%" height={64 + data.length * 52}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} barCategoryGap="22%">
          <CartesianGrid horizontal={false} stroke="var(--border)" />
          <XAxis
            type="number"
            domain={[ticks[0]!, 1]}
            ticks={ticks}
            tickFormatter={(value: number) => formatTick(value)}
            stroke="var(--text-muted)"
            fontSize={12}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={150}
            stroke="var(--text-muted)"
            fontSize={12}
            tickLine={false}
          />
          <ReferenceLine x={0} stroke="var(--text-muted)" />
          <Tooltip
            formatter={(value) => formatMeasure(typeof value === 'number' ? value : null)}
            contentStyle={{
              background: 'var(--bg)',
              border: '1px solid var(--border-strong)',
              borderRadius: 6,
              fontSize: 13,
            }}
            cursor={{ fill: 'var(--surface-hover)' }}
          />
          <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={legendOrder} />
          {GROUP_MEASURES.map((measure, index) => (
            <Bar
              key={measure.key}
              dataKey={measure.key}
              name={measure.name}
              fill={MEASURE_COLORS[index]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
