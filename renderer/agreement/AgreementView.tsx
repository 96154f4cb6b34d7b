// The full-window Agreement view: the controls, what was compared, the corpus-wide measures per
// label with a chart, the pairwise heatmap, the confusion matrix, each annotator against gold, and
// the documents ranked by disagreement, each of which opens the comparison view.
import { useEffect, useMemo, useRef, useState } from 'react';
import { GOLD_ANNOTATOR, type LabelLevel } from '../../shared/agreement';
import type { ApiClient } from '../../shared/api';
import type { DocumentSummary, LabelScheme } from '../../shared/domain';
import { ErrorBanner } from '../common/ErrorBanner';
import { unhandledCommand, type KeyCommand } from '../keyboard/keyCommand';
import { ShortcutsButton } from '../keyboard/ShortcutsButton';
import { useKeyCommands } from '../keyboard/useKeyCommands';
import type { ComparisonScope } from '../compare/comparableSpans';
import { ComparisonView } from '../compare/ComparisonView';
import { AgreementControls } from './AgreementControls';
import { sameSelection, type AgreementSelection } from './agreementSelection';
import { ConfusionTable } from './ConfusionTable';
import { CountsSummary } from './CountsSummary';
import { DocumentRanking } from './DocumentRanking';
import { GoldSection } from './GoldSection';
import { MeasuresChart } from './MeasuresChart';
import { MeasuresTable } from './MeasuresTable';
import { PairwiseHeatmap } from './PairwiseHeatmap';
import { comparableAnnotators, defaultAnnotators, labelChoices, labelName } from './selectionChoices';
import { useAgreementReport, useGoldReports } from './useAgreementReport';
import '../styles/agreement.css';

type AgreementCommandId = 'back' | 'close';

/** The Agreement view's keys: Esc steps back from a comparison, then closes the view. */
function agreementCommands(comparing: () => boolean): KeyCommand<AgreementCommandId>[] {
  return [
    { id: 'back', chords: ['Escape'], description: 'Back from a document’s comparison to the report', when: comparing },
    { id: 'close', chords: ['Escape'], description: 'Close Agreement (from the report)', when: () => !comparing() },
  ];
}

interface AgreementViewProps {
  client: ApiClient;
  /** The project's documents: titles, and which annotators have spans or done marks. */
  documents: readonly DocumentSummary[];
  scheme: LabelScheme | null;
  onClose: () => void;
}

/** The agreement numbers of the open project, computed when the view opens and on Recompute. */
export function AgreementView({ client, documents, scheme, onClose }: AgreementViewProps) {
  const annotators = useMemo(() => comparableAnnotators(documents), [documents]);
  const [draft, setDraft] = useState<AgreementSelection>(() => ({
    annotators: defaultAnnotators(annotators),
    labels: [],
    level: 'stored',
  }));
  const [applied, setApplied] = useState<AgreementSelection>(draft);
  const state = useAgreementReport(client, applied);
  const report = state.report;
  const hasGold = annotators.includes(GOLD_ANNOTATOR);
  const goldReports = useGoldReports(client, applied, hasGold);
  const [comparing, setComparing] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const savedScroll = useRef(0);

  // Labels the reports have used, per level, so imported labels missing from the scheme can be filtered too.
  const [seen, setSeen] = useState<Record<LabelLevel, string[]>>({ stored: [], top: [] });
  useEffect(() => {
    if (report === null) return;
    setSeen((previous) => ({
      ...previous,
      [report.level]: [...new Set([...previous[report.level], ...report.labels])],
    }));
  }, [report]);
  const choices = useMemo(() => labelChoices(scheme, draft.level, seen[draft.level]), [scheme, draft.level, seen]);

  useEffect(() => headingRef.current?.focus(), []);

  const titles = useMemo(() => new Map(documents.map((document) => [document.id, document.title])), [documents]);
  const titleOf = (id: string) => titles.get(id) ?? id;
  const nameOf = (key: string) => labelName(scheme, key);

  const changeDraft = (next: AgreementSelection) => {
    if (next.level !== draft.level) {
      // A technique is no label at the top level: drop what the new level does not offer.
      const offered = new Set(labelChoices(scheme, next.level, seen[next.level]).map((choice) => choice.key));
      next = { ...next, labels: next.labels.filter((label) => offered.has(label)) };
    }
    setDraft(next);
  };

  const scope: ComparisonScope | null = useMemo(
    () => (report === null ? null : { annotators: report.annotators, labels: report.labels, level: report.level }),
    [report],
  );
  const openComparison = (id: string) => {
    savedScroll.current = scrollRef.current?.scrollTop ?? 0;
    setComparing(id);
  };
  const closeComparison = () => {
    setComparing(null);
    requestAnimationFrame(() => scrollRef.current?.scrollTo({ top: savedScroll.current }));
  };
  const comparingRef = useRef(comparing);
  comparingRef.current = comparing;
  const keyCommands = useMemo(() => agreementCommands(() => comparingRef.current !== null), []);
  useKeyCommands('agreement', 'Agreement', keyCommands, (id: AgreementCommandId) => {
    switch (id) {
      case 'back':
        return closeComparison();
      case 'close':
        return onClose();
      default:
        return unhandledCommand(id);
    }
  });

  return (
    <main className="agreement-view" data-testid="agreement-view" aria-label="Agreement">
      {comparing !== null && scope !== null && (
        <ComparisonView client={client} documentId={comparing} scope={scope} scheme={scheme} onBack={closeComparison} />
      )}
      {/* Hidden, not unmounted, under the comparison: the report and the pickers keep their state. */}
      <div className="agreement-scroll" ref={scrollRef} hidden={comparing !== null}>
        <div className="agreement-bar">
          <h1 className="agreement-title" tabIndex={-1} ref={headingRef}>
            Agreement
          </h1>
          <p className="agreement-subtitle">
            How much the annotators agree, per label and overall. Definitions: docs/agreement.md, the same numbers as{' '}
            <code>spanmark agreement</code>.
          </p>
          <ShortcutsButton />
          <button type="button" className="button" data-testid="agreement-close" onClick={onClose}>
            Close
          </button>
        </div>
        <div className="agreement-content">
          <AgreementControls
            annotators={annotators}
            labels={choices}
            draft={draft}
            changed={!sameSelection(draft, applied)}
            busy={state.status === 'loading'}
            onChange={changeDraft}
            onRecompute={() => setApplied({ ...draft })}
          />
          {state.status === 'error' && <ErrorBanner message={state.error} />}
          {state.status === 'loading' && report === null && (
            <p className="placeholder" data-testid="agreement-loading">
              Computing agreement…
            </p>
          )}
          {report !== null && (
            <div
              className="agreement-results"
              data-testid="agreement-results"
              data-level={report.level}
              data-stale={state.status === 'loading' || undefined}
              aria-busy={state.status === 'loading'}
            >
              <CountsSummary report={report} titleOf={titleOf} />
              <section className="agreement-card" aria-labelledby="agreement-measures-title">
                <h2 id="agreement-measures-title" className="card-title">
                  All annotators together
                </h2>
                <p className="card-hint">
                  α_U compares where spans start and end; Krippendorff’s α and Fleiss’ κ compare the label of every
                  non-whitespace character. 1 is perfect agreement, 0 what chance would give; “—” has no value (hover
                  for why).
                </p>
                <div className="measures-layout">
                  <MeasuresTable report={report} labelName={nameOf} />
                  <MeasuresChart report={report} labelName={nameOf} />
                </div>
              </section>
              <div className="agreement-pair-grid">
                <PairwiseHeatmap report={report} labelName={nameOf} />
                <ConfusionTable report={report} labelName={nameOf} />
              </div>
              {hasGold && <GoldSection reports={goldReports} />}
              <DocumentRanking report={report} titleOf={titleOf} onCompare={openComparison} />
            </div>
          )}
        </div>
      </div>
    </main>
  );
}
