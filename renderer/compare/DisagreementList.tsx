// Every group where the annotators differ, in document order: what differs, where, and each
// annotator's spans there. Choosing one scrolls the text to it.
import { countOf } from '../common/plural';
import type { SpanGroup } from './compareSpans';
import { KIND_NAMES, mainKind } from './disagreementKinds';
import { excerpt } from './segmentText';

interface DisagreementListProps {
  groups: readonly SpanGroup[];
  annotators: readonly string[];
  /** The text of a group's stretch. */
  textOf: (group: SpanGroup) => string;
  labelName: (key: string) => string;
  numberOf: (group: number) => number;
  selected: number | null;
  onSelect: (group: number) => void;
}

/** One button per disagreement; the selected one is pressed. */
export function DisagreementList({
  groups,
  annotators,
  textOf,
  labelName,
  numberOf,
  selected,
  onSelect,
}: DisagreementListProps) {
  const disagreements = groups.filter((group) => group.kinds.length > 0);
  return (
    <nav className="cmp-list" aria-label="Disagreements" data-testid="disagreement-list">
      <h2 className="cmp-list-title">
        {disagreements.length === 0 ? 'No disagreement' : countOf(disagreements.length, 'disagreement')}
      </h2>
      <ol className="cmp-list-items">
        {disagreements.map((group) => (
          <li key={group.index}>
            <button
              type="button"
              className={`cmp-list-item cmp-list-${mainKind(group)}`}
              aria-pressed={selected === group.index}
              data-testid="disagreement-item"
              data-group={group.index}
              data-kinds={group.kinds.join(' ')}
              onClick={() => onSelect(group.index)}
            >
              <span className="cmp-list-head">
                <span className={`cmp-badge cmp-badge-${mainKind(group)}`}>{numberOf(group.index)}</span>
                <span className="cmp-list-kinds">{group.kinds.map((kind) => KIND_NAMES[kind]).join(' · ')}</span>
                <span className="cmp-list-offsets" title="Code points, end exclusive">
                  {group.start}–{group.end}
                </span>
              </span>
              <span className="cmp-list-quote">“{excerpt(textOf(group))}”</span>
              <span className="cmp-list-spans">
                {annotators.map((annotator) => {
                  const spans = group.spans.filter((span) => span.annotator === annotator);
                  return (
                    <span key={annotator} className="cmp-list-annotator" data-annotator={annotator}>
                      <strong>{annotator}</strong>{' '}
                      {spans.length === 0 ? (
                        <em>no span</em>
                      ) : (
                        spans.map((span) => `${labelName(span.label)} ${span.start}–${span.end}`).join(', ')
                      )}
                    </span>
                  );
                })}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
