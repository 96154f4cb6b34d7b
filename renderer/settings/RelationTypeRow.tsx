// One relation type in the settings view: name, key and guideline.
import { ChangeTag } from './ChangeTag';
import { fieldKey, type DraftField, type DraftProblems } from './draftValidation';
import { fieldErrorId, FieldErrors } from './FieldErrors';
import { KeyField } from './KeyField';
import { RowProblems } from './RowProblems';
import { RowTools } from './RowTools';
import { SchemeField } from './SchemeField';
import { renamed, type DraftRelationType, type RowChange } from './schemeDraft';

interface RelationTypeRowProps {
  type: DraftRelationType;
  index: number;
  count: number;
  problems: DraftProblems;
  change: RowChange | undefined;
  onChange: (type: DraftRelationType) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** A card of fields for one relation type. */
export function RelationTypeRow({
  type,
  index,
  count,
  problems,
  change,
  onChange,
  onMove,
  onRemove,
}: RelationTypeRowProps) {
  const title = type.name.trim() === '' ? 'new relation type' : type.name;
  const error = (field: DraftField) => problems.fields.get(fieldKey(type.rowId, field));
  return (
    <li
      className={`scheme-card${change === undefined ? '' : ` scheme-card-${change}`}`}
      data-testid="relation-type-row"
      data-key={type.key}
      aria-label={`Relation type ${title}`}
    >
      <div className="scheme-row scheme-row-relation">
        <SchemeField
          label="Name"
          ariaLabel={`Name of ${title}`}
          error={error('name')}
          errorId={fieldErrorId(type.rowId, 'name')}
          className="scheme-field-name"
        >
          {(control) => (
            <input
              {...control}
              className="input"
              data-testid="relation-type-name"
              value={type.name}
              maxLength={100}
              onChange={(event) => onChange(renamed(type, event.target.value))}
            />
          )}
        </SchemeField>
        <KeyField
          row={type}
          error={error('key')}
          errorId={fieldErrorId(type.rowId, 'key')}
          testId="relation-type-key"
          onChange={(key) => onChange({ ...type, key, keyTouched: true })}
        />
        {change !== undefined && <ChangeTag change={change} />}
        <RowTools
          name={title}
          rowId={type.rowId}
          testIdPrefix="relation-type"
          index={index}
          count={count}
          onMove={onMove}
          onRemove={onRemove}
        />
      </div>
      <FieldErrors rowId={type.rowId} fields={['name', 'key']} problems={problems} />
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
            data-testid="relation-type-description"
            value={type.description}
            maxLength={2000}
            rows={2}
            placeholder="When to link two spans with this type."
            onChange={(event) => onChange({ ...type, description: event.target.value })}
          />
        )}
      </SchemeField>
      <RowProblems messages={problems.rows.get(type.rowId)} />
    </li>
  );
}
