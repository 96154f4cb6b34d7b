// The group on screen: where it is, every annotator's version, what gold holds there now, and
// the buttons for each step.
import { useEffect, useMemo, useRef } from 'react';
import { offsetMapFor } from '../../shared/offsets';
import { contextRange } from './contextSegments';
import { HighlightedContext } from './HighlightedContext';
import { SpanList } from './SpanList';
import type { SpanLabels } from './spanLabels';
import type { CurrentGroup } from './useCuration';
import { VersionRow } from './VersionRow';

/** How many code points of context to show either side of a group at most. */
const CONTEXT_PADDING = 160;

interface GroupCardProps {
  at: CurrentGroup;
  chosen: number;
  labels: SpanLabels;
  busy: boolean;
  canNext: boolean;
  canPrevious: boolean;
  onChoose: (index: number) => void;
  onAccept: (index: number) => void;
  onEdit: (index: number) => void;
  onReject: () => void;
  onNext: () => void;
  onPrevious: () => void;
}

/** One disagreement group and its choices. */
export function GroupCard({
  at,
  chosen,
  labels,
  busy,
  canNext,
  canPrevious,
  onChoose,
  onAccept,
  onEdit,
  onReject,
  onNext,
  onPrevious,
}: GroupCardProps) {
  const { group } = at;
  const map = useMemo(() => offsetMapFor(at.text), [at.text]);
  const range = useMemo(
    () => contextRange(at.text, map, group.start, group.end, CONTEXT_PADDING),
    [at.text, map, group.start, group.end],
  );
  const card = useRef<HTMLElement>(null);
  // Each new group comes fully into view, so its versions and gold row can be compared at once.
  // (A block body: newer Chromium returns a promise from scrollIntoView, which React would take for a cleanup.)
  useEffect(() => {
    void card.current?.scrollIntoView({ block: 'nearest' });
  }, [group.key]);
  return (
    <section
      ref={card}
      className="curation-group"
      data-testid="curation-group"
      data-key={group.key}
      data-document={at.document}
      aria-labelledby="curation-group-title"
    >
      <header className="curation-group-head">
        <div>
          <h2 id="curation-group-title" className="curation-group-title" dir="auto">
            {at.title}
          </h2>
          <p className="meta-line" data-testid="group-position">
            <span className="document-id">{at.document}</span>
            <span>
              Disagreement {at.index + 1} of {at.openInDocument} open here
            </span>
            <span>
              Characters {group.start}–{group.end}
            </span>
          </p>
        </div>
        <div className="curation-nav">
          <button
            type="button"
            className="button"
            data-testid="previous-group"
            disabled={busy || !canPrevious}
            aria-keyshortcuts="K ArrowLeft"
            onClick={onPrevious}
          >
            ← Previous <kbd>K</kbd>
          </button>
          <button
            type="button"
            className="button"
            data-testid="next-group"
            disabled={busy || !canNext}
            aria-keyshortcuts="J ArrowRight"
            onClick={onNext}
          >
            Next → <kbd>J</kbd>
          </button>
        </div>
      </header>
      <ol className="version-list" aria-label="Versions">
        {group.versions.map((version, index) => (
          <VersionRow
            key={version.annotator}
            version={version}
            index={index}
            chosen={index === chosen}
            text={at.text}
            map={map}
            range={range}
            labels={labels}
            busy={busy}
            onChoose={() => onChoose(index)}
            onAccept={() => onAccept(index)}
            onEdit={() => onEdit(index)}
          />
        ))}
      </ol>
      <div className="gold-row" data-testid="gold-row">
        <div className="version-head">
          <span className="version-key gold-key" aria-hidden="true">
            ★
          </span>
          <span className="version-annotator">gold now</span>
          <SpanList spans={group.gold} labels={labels} empty="nothing here yet" />
          <span className="version-actions">
            <button
              type="button"
              className="button button-danger"
              data-testid="reject-group"
              disabled={busy}
              aria-keyshortcuts="R"
              onClick={onReject}
            >
              Reject all <kbd>R</kbd>
            </button>
          </span>
        </div>
        {group.gold.length > 0 && (
          <HighlightedContext
            text={at.text}
            map={map}
            range={range}
            spans={group.gold}
            colorOf={labels.colorOf}
            nameOf={labels.nameOf}
            testId="gold-context"
          />
        )}
        <p className="gold-hint">
          Accept makes gold here exactly that version. Reject all keeps gold as it is
          {group.gold.length > 0 ? ' (the spans above)' : ' (nothing)'}.
        </p>
      </div>
    </section>
  );
}
