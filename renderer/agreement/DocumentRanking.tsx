// The documents in scope, most disagreement first (the report's order), with their α_U, exact F1 and
// spans per annotator. Choosing one opens the comparison view.
import type { AgreementReport } from '../../shared/agreement';
import { MeasureValue } from './MeasureValue';

interface DocumentRankingProps {
  report: AgreementReport;
  titleOf: (id: string) => string;
  onCompare: (documentId: string) => void;
}

const numberFormat = new Intl.NumberFormat();

/** A table of documents; a click anywhere on a row (or Enter on its button) compares the annotators there. */
export function DocumentRanking({ report, titleOf, onCompare }: DocumentRankingProps) {
  return (
    <section className="agreement-card" aria-labelledby="agreement-ranking-title" data-testid="document-ranking">
      <h2 id="agreement-ranking-title" className="card-title">
        Documents by disagreement
      </h2>
      <p className="card-hint">
        Lowest α_U first, then lowest exact F1 (over all pairs). Open a document to see where the annotators differ.
      </p>
      {report.per_document.length === 0 ? (
        <p className="card-empty">No document is in scope.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table ranking-table">
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  #
                </th>
                <th scope="col">Document</th>
                <th scope="col" className="numeric">
                  α_U
                </th>
                <th scope="col" className="numeric">
                  F1 exact
                </th>
                {report.annotators.map((annotator) => (
                  <th key={annotator} scope="col" className="numeric" title={`Spans of ${annotator}`}>
                    {annotator}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.per_document.map((document, index) => (
                <tr
                  key={document.id}
                  className="ranking-row"
                  data-testid="ranked-document"
                  data-document-id={document.id}
                  onClick={() => onCompare(document.id)}
                >
                  <td className="numeric rank">{index + 1}</td>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      title={`Compare the annotators in ${document.id}`}
                      onClick={(event) => {
                        event.stopPropagation();
                        onCompare(document.id);
                      }}
                    >
                      {titleOf(document.id)}
                    </button>
                    <span className="ranking-id">{document.id}</span>
                  </th>
                  <td className="numeric">
                    <MeasureValue
                      value={document.alpha_u}
                      reason={document.reasons['alpha_u']}
                      testId="document-alpha-u"
                    />
                  </td>
                  <td className="numeric">
                    <MeasureValue
                      value={document.f1_exact}
                      reason={document.reasons['f1_exact']}
                      testId="document-f1"
                    />
                  </td>
                  {report.annotators.map((annotator) => (
                    <td key={annotator} className="numeric" data-annotator={annotator}>
                      {numberFormat.format(document.spans[annotator] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
