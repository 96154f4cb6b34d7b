// The report as plain-text tables for `spanmark agreement` without --json: numbers to three decimals,
// "—" for a null value with its reason listed underneath.
import type { AgreementReport, LabelledValues, PairValues } from './types';

const MAX_PAIRS_WITH_LABEL_TABLES = 6;
const RANKED_DOCUMENTS = 10;

/** Renders the report as readable text tables. */
export function formatAgreementTables(report: AgreementReport): string {
  const out: string[] = [];
  const inScope = `${report.documents} of ${report.counts.documents_total} documents in scope`;
  out.push(
    `Agreement of ${report.annotators.join(', ') || '(no annotators)'} — ${inScope}, labels ${report.level === 'top' ? 'folded to top level' : 'as stored'}`,
  );
  out.push(
    `${report.counts.spans} spans, ${report.counts.characters} characters, ${report.counts.items} non-whitespace characters`,
  );
  out.push('');

  const keys: Array<{ name: string; label: string | null }> = [
    { name: 'overall', label: null },
    ...report.labels.map((label) => ({ name: label, label })),
  ];
  out.push(
    table(
      ['', 'α_U', "Krippendorff's α", "Fleiss' κ", 'spans'],
      keys.map(({ name, label }) => [
        name,
        cell(report.alpha_u, label),
        cell(report.krippendorff_alpha, label),
        cell(report.fleiss_kappa, label),
        String(label === null ? report.counts.spans : (report.counts.spans_per_label[label] ?? 0)),
      ]),
    ),
  );

  if (report.cohen_kappa.length > 0) {
    out.push('', 'Pairwise, overall');
    out.push(
      table(
        ['pair', "Cohen's κ", 'F1 exact', 'F1 overlap'],
        report.cohen_kappa.map((kappa, p) => [
          pairName(kappa),
          cell(kappa, null),
          cell(report.f1_exact[p]!, null),
          cell(report.f1_overlap[p]!, null),
        ]),
      ),
    );
    if (report.cohen_kappa.length <= MAX_PAIRS_WITH_LABEL_TABLES) {
      report.cohen_kappa.forEach((kappa, p) => {
        out.push('', `Pairwise per label, ${pairName(kappa)}`);
        out.push(
          table(
            ['label', "Cohen's κ", 'F1 exact', 'F1 overlap'],
            report.labels.map((label) => [
              label,
              cell(kappa, label),
              cell(report.f1_exact[p]!, label),
              cell(report.f1_overlap[p]!, label),
            ]),
          ),
        );
      });
    } else {
      out.push(`(per-label pairwise values for ${report.cohen_kappa.length} pairs are in the JSON output)`);
    }
  }

  if (report.per_document.length > 0) {
    const shown = report.per_document.slice(0, RANKED_DOCUMENTS);
    out.push(
      '',
      `Documents with the most disagreement (${shown.length} of ${report.per_document.length}, lowest α_U first)`,
    );
    out.push(
      table(
        ['document', 'α_U', 'F1 exact'],
        shown.map((d) => [d.id, number(d.alpha_u), number(d.f1_exact)]),
      ),
    );
  }

  const notes = nullNotes(report);
  if (notes.length > 0) out.push('', '— means undefined:', ...notes.map((note) => `  ${note}`));
  return `${out.join('\n')}\n`;
}

function cell(values: LabelledValues, label: string | null): string {
  return number(label === null ? values.overall : (values.per_label[label] ?? null));
}

function number(value: number | null): string {
  return value === null ? '—' : value.toFixed(3);
}

function pairName(pair: PairValues): string {
  return `${pair.a} – ${pair.b}`;
}

// One line per distinct reason and measure, so a label nobody used does not print twenty identical lines.
function nullNotes(report: AgreementReport): string[] {
  const notes = new Set<string>();
  const add = (measure: string, values: LabelledValues) => {
    for (const [key, reason] of Object.entries(values.reasons))
      notes.add(`${measure} ${key.replace(/^per_label\./u, '')}: ${reason}`);
  };
  add('α_U', report.alpha_u);
  add("Krippendorff's α", report.krippendorff_alpha);
  add("Fleiss' κ", report.fleiss_kappa);
  report.cohen_kappa.forEach((pair) => add(`Cohen's κ ${pairName(pair)}`, pair));
  report.f1_exact.forEach((pair) => add(`F1 exact ${pairName(pair)}`, pair));
  report.f1_overlap.forEach((pair) => add(`F1 overlap ${pairName(pair)}`, pair));
  return [...notes];
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, c) => Math.max(title.length, ...rows.map((row) => row[c]!.length)));
  const line = (row: string[]) =>
    row
      .map((text, c) => (c === 0 ? text.padEnd(widths[c]!) : text.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
