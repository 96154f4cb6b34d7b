// Who is compared and how many must agree, the Auto-merge button and what the last run did.
import type { AutoMergeReport } from '../../shared/adjudication';
import { countOf } from '../common/plural';

interface MergeSetupProps {
  candidates: string[];
  selection: string[];
  k: number;
  busy: boolean;
  report: AutoMergeReport | null;
  onSelection: (annotators: string[]) => void;
  onK: (k: number) => void;
  onAutoMerge: () => void;
}

/** The compared annotators as checkboxes, k, and Auto-merge. */
export function MergeSetup({ candidates, selection, k, busy, report, onSelection, onK, onAutoMerge }: MergeSetupProps) {
  const n = selection.length;
  return (
    <section className="merge-setup" aria-labelledby="merge-setup-title">
      <h2 id="merge-setup-title" className="merge-setup-title">
        Compare
      </h2>
      <fieldset className="merge-annotators">
        <legend className="visually-hidden">Annotators to compare</legend>
        {candidates.length === 0 && <span className="span-list-empty">No annotator has spans yet.</span>}
        {candidates.map((name) => (
          <label key={name} className="merge-annotator">
            <input
              type="checkbox"
              data-testid="compare-annotator"
              value={name}
              checked={selection.includes(name)}
              disabled={busy}
              onChange={(event) =>
                onSelection(
                  event.target.checked
                    ? candidates.filter((c) => c === name || selection.includes(c))
                    : selection.filter((c) => c !== name),
                )
              }
            />
            {name}
          </label>
        ))}
      </fieldset>
      <label className="merge-k">
        At least
        <select
          className="select"
          value={k}
          data-testid="merge-k"
          disabled={busy || n === 0}
          onChange={(event) => onK(Number(event.target.value))}
        >
          {Array.from({ length: Math.max(n, 1) }, (_, index) => index + 1).map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
        of {n} agree
      </label>
      <button
        type="button"
        className="button button-primary"
        data-testid="auto-merge"
        disabled={busy || n === 0}
        onClick={onAutoMerge}
      >
        Auto-merge
      </button>
      {report === null ? (
        <p className="merge-rule">
          A span goes into gold when at least {k} of the {n} compared annotators marked it with the same start, end and
          label.
        </p>
      ) : (
        <p className="merge-report" role="status" data-testid="auto-merge-report">
          {report.spansAccepted === 0 && report.relationsAccepted === 0
            ? `Nothing new: gold already holds every span ${report.k} of ${report.annotators.length} agree on.`
            : `Added ${countOf(report.spansAccepted, 'span')}${report.relationsAccepted > 0 ? ` and ${countOf(report.relationsAccepted, 'relation')}` : ''} to gold in ${countOf(report.documents.length, 'document')}.`}{' '}
          {report.disagreementsLeft === 0
            ? 'No disagreements left.'
            : `${countOf(report.disagreementsLeft, 'disagreement')} left to curate below.`}
        </p>
      )}
    </section>
  );
}
