// One top-level label in the settings view: colour, name, key, shortcut, guideline, and the
// techniques under it (folded away until asked for, or when one of them has a problem).
import { useState } from 'react';
import type { DraftProblems } from './draftValidation';
import { fieldKey } from './draftValidation';
import { ChangeTag } from './ChangeTag';
import { fieldErrorId, FieldErrors } from './FieldErrors';
import { KeyField } from './KeyField';
import { RowProblems } from './RowProblems';
import { RowTools } from './RowTools';
import { SchemeField } from './SchemeField';
import {
  moveItem,
  newTechnique,
  recoloured,
  renamed,
  type DraftLabel,
  type DraftTechnique,
  type RowChange,
} from './schemeDraft';
import { TechniqueRow } from './TechniqueRow';

interface LabelCardProps {
  label: DraftLabel;
  index: number;
  count: number;
  problems: DraftProblems;
  changes: Map<string, RowChange>;
  onChange: (label: DraftLabel) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** A card of fields for one label and a foldable list of its techniques. */
export function LabelCard({ label, index, count, problems, changes, onChange, onMove, onRemove }: LabelCardProps) {
  const [expanded, setExpanded] = useState(false);
  const title = label.name.trim() === '' ? 'new label' : label.name;
  const error = (field: Parameters<typeof fieldKey>[1]) => problems.fields.get(fieldKey(label.rowId, field));
  const techniqueHasProblem = label.techniques.some(
    (technique) =>
      problems.rows.has(technique.rowId) ||
      (['key', 'name', 'color', 'description'] as const).some((field) =>
        problems.fields.has(fieldKey(technique.rowId, field)),
      ),
  );
  const showTechniques = expanded || techniqueHasProblem;
  const techniquesId = `${label.rowId}-techniques`;
  const change = changes.get(label.rowId);
  const setTechniques = (techniques: DraftTechnique[]) => onChange({ ...label, techniques });

  return (
    <li
      className={`scheme-card${change === undefined ? '' : ` scheme-card-${change}`}`}
      data-testid="label-row"
      data-key={label.key}
      aria-label={`Label ${title}`}
    >
      <div className="scheme-row scheme-row-label">
        <SchemeField
          label="Colour"
          ariaLabel={`Colour of ${title}`}
          error={error('color')}
          errorId={fieldErrorId(label.rowId, 'color')}
          className="scheme-field-color"
        >
          {(control) => (
            <input
              {...control}
              type="color"
              className="color-input"
              data-testid="label-color"
              value={label.color}
              onChange={(event) => onChange(recoloured(label, event.target.value))}
            />
          )}
        </SchemeField>
        <SchemeField
          label="Name"
          ariaLabel={`Name of ${title}`}
          error={error('name')}
          errorId={fieldErrorId(label.rowId, 'name')}
          className="scheme-field-name"
        >
          {(control) => (
            <input
              {...control}
              className="input"
              data-testid="label-name"
              value={label.name}
              maxLength={100}
              onChange={(event) => onChange(renamed(label, event.target.value))}
            />
          )}
        </SchemeField>
        <KeyField
          row={label}
          error={error('key')}
          errorId={fieldErrorId(label.rowId, 'key')}
          testId="label-key"
          onChange={(key) => onChange({ ...label, key, keyTouched: true })}
        />
        <SchemeField
          label="Shortcut"
          ariaLabel={`Shortcut key of ${title}`}
          error={error('shortcut')}
          errorId={fieldErrorId(label.rowId, 'shortcut')}
          className="scheme-field-shortcut"
        >
          {(control) => (
            <input
              {...control}
              className="input input-shortcut"
              data-testid="label-shortcut"
              value={label.shortcut}
              maxLength={1}
              placeholder="–"
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => onChange({ ...label, shortcut: event.target.value.toLowerCase() })}
            />
          )}
        </SchemeField>
        {change !== undefined && <ChangeTag change={change} />}
        <RowTools
          name={title}
          rowId={label.rowId}
          testIdPrefix="label"
          index={index}
          count={count}
          onMove={onMove}
          onRemove={onRemove}
        />
      </div>
      <FieldErrors rowId={label.rowId} fields={['color', 'name', 'key', 'shortcut']} problems={problems} />
      <SchemeField
        label="Guideline"
        ariaLabel={`Guideline for ${title}`}
        error={error('description')}
        className="scheme-field-description"
      >
        {(control) => (
          <textarea
            {...control}
            className="textarea"
            data-testid="label-description"
            value={label.description}
            maxLength={2000}
            rows={2}
            placeholder="When to use this label: what counts, what does not, an example."
            onChange={(event) => onChange({ ...label, description: event.target.value })}
          />
        )}
      </SchemeField>
      <RowProblems messages={problems.rows.get(label.rowId)} />
      <div className="techniques">
        <button
          type="button"
          className="disclosure"
          data-testid="label-techniques-toggle"
          aria-expanded={showTechniques}
          aria-controls={techniquesId}
          onClick={() => setExpanded(!expanded)}
        >
          <span className="disclosure-arrow" aria-hidden="true">
            ▸
          </span>
          Techniques <span className="disclosure-count">({label.techniques.length})</span>
        </button>
        {showTechniques && (
          <div id={techniquesId} className="technique-panel">
            {label.techniques.length > 0 && (
              <ol className="technique-list" aria-label={`Techniques of ${title}`}>
                {label.techniques.map((technique, techniqueIndex) => (
                  <TechniqueRow
                    key={technique.rowId}
                    technique={technique}
                    index={techniqueIndex}
                    count={label.techniques.length}
                    problems={problems}
                    change={changes.get(technique.rowId)}
                    onChange={(next) => setTechniques(label.techniques.map((t) => (t.rowId === next.rowId ? next : t)))}
                    onMove={(delta) => setTechniques(moveItem(label.techniques, techniqueIndex, delta))}
                    onRemove={() => setTechniques(label.techniques.filter((t) => t.rowId !== technique.rowId))}
                  />
                ))}
              </ol>
            )}
            <button
              type="button"
              className="button button-quiet add-button"
              data-testid="add-technique"
              onClick={() => setTechniques([...label.techniques, newTechnique(label)])}
            >
              + Add technique to {title}
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
