// The controls above the agreement numbers: which annotators, which labels, which label level, and
// Recompute. Changes apply on Recompute, so several can be made before the report is computed again.
import { useEffect, useId, useRef } from 'react';
import { GOLD_ANNOTATOR, type LabelLevel } from '../../shared/agreement';
import type { AgreementSelection } from './agreementSelection';
import type { LabelChoice } from './selectionChoices';

interface AgreementControlsProps {
  /** Annotators that can be compared (with a span or a done mark). */
  annotators: readonly string[];
  labels: readonly LabelChoice[];
  draft: AgreementSelection;
  /** True when the draft differs from what the numbers below show. */
  changed: boolean;
  busy: boolean;
  onChange: (draft: AgreementSelection) => void;
  onRecompute: () => void;
}

const LEVELS: { value: LabelLevel; name: string; hint: string }[] = [
  { value: 'stored', name: 'As stored', hint: 'Techniques are compared as themselves' },
  { value: 'top', name: 'Top level', hint: 'Every technique counts as propaganda' },
];

/** Annotator checkboxes, a label filter, the level switch and the Recompute button. */
export function AgreementControls({
  annotators,
  labels,
  draft,
  changed,
  busy,
  onChange,
  onRecompute,
}: AgreementControlsProps) {
  const levelName = useId();
  const labelMenu = useRef<HTMLDetailsElement>(null);
  // The label menu floats over the numbers; a click anywhere else folds it away, as a menu does.
  useEffect(() => {
    const fold = (event: PointerEvent) => {
      const menu = labelMenu.current;
      if (menu?.open && !menu.contains(event.target as Node)) menu.open = false;
    };
    document.addEventListener('pointerdown', fold);
    return () => document.removeEventListener('pointerdown', fold);
  }, []);
  const toggle = (list: string[], item: string, order: readonly string[]) =>
    list.includes(item) ? list.filter((x) => x !== item) : order.filter((x) => x === item || list.includes(x));
  const tooFew = draft.annotators.length < 2;

  return (
    <div className="agreement-controls" data-testid="agreement-controls">
      <fieldset className="control-group">
        <legend className="control-title">Annotators</legend>
        <div className="chip-list">
          {annotators.map((annotator) => (
            <label key={annotator} className="chip" data-testid="annotator-choice" data-annotator={annotator}>
              <input
                type="checkbox"
                checked={draft.annotators.includes(annotator)}
                onChange={() => onChange({ ...draft, annotators: toggle(draft.annotators, annotator, annotators) })}
              />
              <span>{annotator}</span>
              {annotator === GOLD_ANNOTATOR && <span className="chip-note">reference</span>}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="control-group">
        <legend className="control-title">Labels</legend>
        <details className="label-filter" data-testid="label-filter" ref={labelMenu}>
          <summary className="button">
            {draft.labels.length === 0 ? 'All labels in use' : `${draft.labels.length} of ${labels.length} labels`}
            <span aria-hidden="true">▾</span>
          </summary>
          <div className="label-filter-menu">
            <button type="button" className="button button-quiet" onClick={() => onChange({ ...draft, labels: [] })}>
              All labels in use
            </button>
            {labels.map((label) => (
              <label key={label.key} className="label-filter-item" title={label.key}>
                <input
                  type="checkbox"
                  data-testid="label-choice"
                  data-label={label.key}
                  checked={draft.labels.includes(label.key)}
                  onChange={() =>
                    onChange({
                      ...draft,
                      labels: toggle(
                        draft.labels,
                        label.key,
                        labels.map((choice) => choice.key),
                      ),
                    })
                  }
                />
                <span>{label.name}</span>
              </label>
            ))}
          </div>
        </details>
      </fieldset>

      <fieldset className="control-group">
        <legend className="control-title">Label level</legend>
        <div className="agreement-segmented" role="radiogroup">
          {LEVELS.map((level) => (
            <label key={level.value} className="agreement-segment" title={level.hint}>
              <input
                type="radio"
                name={levelName}
                value={level.value}
                data-testid={`level-${level.value}`}
                checked={draft.level === level.value}
                onChange={() => onChange({ ...draft, level: level.value })}
              />
              <span>{level.name}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="control-run">
        <button
          type="button"
          className="button button-primary"
          data-testid="agreement-recompute"
          disabled={tooFew || busy}
          onClick={onRecompute}
        >
          {busy ? 'Computing…' : 'Recompute'}
        </button>
        <span className="control-hint" role="status">
          {tooFew ? 'Choose at least two annotators' : changed ? 'Changed — Recompute to update the numbers' : ''}
        </span>
      </div>
    </div>
  );
}
