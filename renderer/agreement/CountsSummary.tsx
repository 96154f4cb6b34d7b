// What went into the numbers: documents in scope of all, the excluded ones and who is missing in
// them, spans per annotator, characters and items.
import type { AgreementReport } from '../../shared/agreement';
import { countOf } from '../common/plural';

interface CountsSummaryProps {
  report: AgreementReport;
  /** Title of a document id, for the excluded list. */
  titleOf: (id: string) => string;
}

const numberFormat = new Intl.NumberFormat();

/** Tiles with the totals, the spans per annotator, and the excluded documents folded away. */
export function CountsSummary({ report, titleOf }: CountsSummaryProps) {
  const { counts } = report;
  const tiles: { key: string; value: string; name: string; hint: string }[] = [
    {
      key: 'documents',
      value: `${numberFormat.format(report.documents)} of ${numberFormat.format(counts.documents_total)}`,
      name: 'documents in scope',
      hint: 'A document is compared when every selected annotator has a span in it or marked it done.',
    },
    {
      key: 'spans',
      value: numberFormat.format(counts.spans),
      name: 'spans',
      hint: 'Spans of the selected annotators and labels in the documents in scope.',
    },
    {
      key: 'characters',
      value: numberFormat.format(counts.characters),
      name: 'characters',
      hint: 'Code points of the documents in scope: the length α_U is measured over.',
    },
    {
      key: 'items',
      value: numberFormat.format(counts.items),
      name: 'items',
      hint: 'Non-whitespace characters in scope: the items of κ and Krippendorff’s α.',
    },
  ];
  return (
    <section className="agreement-card" aria-labelledby="agreement-counts-title" data-testid="agreement-counts">
      <h2 id="agreement-counts-title" className="card-title">
        What was compared
      </h2>
      <div className="count-tiles">
        {tiles.map((tile) => (
          <div key={tile.key} className="count-tile" title={tile.hint} data-testid={`count-${tile.key}`}>
            <span className="count-value">{tile.value}</span>
            <span className="count-name">{tile.name}</span>
          </div>
        ))}
      </div>
      <p className="meta-line count-line" data-testid="spans-per-annotator">
        <span className="count-line-title">Spans per annotator</span>
        {report.annotators.map((annotator) => (
          <span key={annotator} data-annotator={annotator}>
            {annotator}: {numberFormat.format(counts.spans_per_annotator[annotator] ?? 0)}
          </span>
        ))}
      </p>
      {counts.empty_spans_ignored > 0 && (
        <p className="count-note">
          {countOf(counts.empty_spans_ignored, 'zero-length span')} left out: they cover no text.
        </p>
      )}
      {report.excluded_documents.length > 0 && (
        <details className="excluded" data-testid="excluded-documents">
          <summary>
            {countOf(report.excluded_documents.length, 'document')} left out, because a selected annotator has neither a
            span in it nor marked it done
          </summary>
          <ul className="excluded-list">
            {report.excluded_documents.map((excluded) => (
              <li key={excluded.id} data-document-id={excluded.id}>
                <span className="excluded-title">{titleOf(excluded.id)}</span>
                <span className="excluded-missing">missing: {excluded.missing.join(', ')}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
