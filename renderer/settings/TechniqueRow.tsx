// One technique under a top-level label: colour, name, key and guideline. Techniques have no
// shortcut key; the editor's technique picker chooses them.
import { ChangeTag } from './ChangeTag';
import { fieldKey, type DraftField, type DraftProblems } from './draftValidation';
import { fieldErrorId, FieldErrors } from './FieldErrors';
import { KeyField } from './KeyField';
import { RowProblems } from './RowProblems';
import { RowTools } from './RowTools';
import { SchemeField } from './SchemeField';
import { renamed, type DraftTechnique, type RowChange } from './schemeDraft';

interface TechniqueRowProps {
  technique: DraftTechnique;
  index: number;
  count: number;
  problems: DraftProblems;
  change: RowChange | undefined;
  onChange: (technique: DraftTechnique) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** A compact row of fields for one technique. */
export function TechniqueRow({
  technique,
  index,
  count,
  problems,
  change,
  onChange,
  onMove,
  onRemove,
}: TechniqueRowProps) {
  const title = technique.name.trim() === '' ? 'new technique' : technique.name;
  const error = (field: DraftField) => problems.fields.get(fieldKey(technique.rowId, field));
  return (
    <li
      className={`technique-row${change === undefined ? '' : ` scheme-card-${change}`}`}
      data-testid="technique-row"
      data-key={technique.key}
      aria-label={`Technique ${title}`}
    >
      <div className="scheme-row scheme-row-technique">
        <SchemeField
          label="Colour"
          ariaLabel={`Colour of ${title}`}
          error={error('color')}
          errorId={fieldErrorId(technique.rowId, 'color')}
          className="scheme-field-color"
        >
          {(control) => (
            <input
              {...control}
              type="color"
              className="color-input"
              data-testid="technique-color"
              value={technique.color}
              onChange={(event) => onChange({ ...technique, color: event.target.value })}
            />
          )}
        </SchemeField>
        <SchemeField
          label="Name"
          ariaLabel={`Name of ${title}`}
          error={error('name')}
          errorId={fieldErrorId(technique.rowId, 'name')}
          className="scheme-field-name"
        >
          {(control) => (
            <input
              {...control}
              className="input"
              data-testid="technique-name"
              value={technique.name}
              maxLength={100}
              onChange={(event) => onChange(renamed(technique, event.target.value))}
            />
          )}
        </SchemeField>
        <KeyField
          row={technique}
          error={error('key')}
          errorId={fieldErrorId(technique.rowId, 'key')}
          testId="technique-key"
          onChange={(key) => onChange({ ...technique, key, keyTouched: true })}
        />
        {change !== undefined && <ChangeTag change={change} />}
        <RowTools
          name={title}
          rowId={technique.rowId}
          testIdPrefix="technique"
          index={index}
          count={count}
          onMove={onMove}
          onRemove={onRemove}
        />
      </div>
      <FieldErrors rowId={technique.rowId} fields={['color', 'name', 'key']} problems={problems} />
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
            data-testid="technique-description"
            value={technique.description}
            maxLength={2000}
            rows={2}
            onChange={(event) => onChange({ ...technique, description: event.target.value })}
          />
        )}
      </SchemeField>
      <RowProblems messages={problems.rows.get(technique.rowId)} />
    </li>
  );
}
