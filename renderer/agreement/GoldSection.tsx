// Each annotator against the adjudicated gold annotator: F1 and κ of the pair (annotator, gold),
// each from its own report over the documents both have worked on.
import { GOLD_ANNOTATOR } from '../../shared/agreement';
import { MeasureValue } from './MeasureValue';
import { reasonFor } from './measureValues';
import type { ReportState } from './useAgreementReport';

interface GoldSectionProps {
  reports: Map<string, ReportState>;
}

const PAIR_COLUMNS = [
  { key: 'f1_exact', name: 'F1 exact' },
  { key: 'f1_overlap', name: 'F1 overlap' },
  { key: 'cohen_kappa', name: 'Cohen’s κ' },
] as const;

/** One row per annotator: overall F1 exact, F1 overlap and Cohen's κ against gold, and the documents compared. */
export function GoldSection({ reports }: GoldSectionProps) {
  return (
    <section className="agreement-card" aria-labelledby="agreement-gold-title" data-testid="gold-section">
      <h2 id="agreement-gold-title" className="card-title">
        Against gold
      </h2>
      <p className="card-hint">
        Each annotator compared with the adjudicated annotator “{GOLD_ANNOTATOR}”, over the documents both have worked
        on, with the labels and level chosen above.
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Annotator</th>
              {PAIR_COLUMNS.map((column) => (
                <th key={column.key} scope="col" className="numeric">
                  {column.name}
                </th>
              ))}
              <th scope="col" className="numeric">
                Documents
              </th>
            </tr>
          </thead>
          <tbody>
            {[...reports].map(([annotator, state]) => (
              <tr key={annotator} data-testid="gold-row" data-annotator={annotator}>
                <th scope="row">{annotator}</th>
                {state.status === 'ready' ? (
                  <>
                    {PAIR_COLUMNS.map((column) => {
                      const pair = state.report[column.key][0];
                      return (
                        <td key={column.key} className="numeric">
                          {pair === undefined ? (
                            <MeasureValue value={null} reason="no pair" />
                          ) : (
                            <MeasureValue
                              value={pair.overall}
                              reason={reasonFor(pair, null)}
                              testId={`gold-${column.key}`}
                            />
                          )}
                        </td>
                      );
                    })}
                    <td className="numeric">
                      {state.report.documents} of {state.report.counts.documents_total}
                    </td>
                  </>
                ) : (
                  <td
                    colSpan={PAIR_COLUMNS.length + 1}
                    className={state.status === 'error' ? 'cell-error' : 'cell-loading'}
                  >
                    {state.status === 'error' ? state.error : 'Computing…'}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
