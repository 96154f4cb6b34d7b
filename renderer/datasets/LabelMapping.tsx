// The part of the Import… dialog that maps the labels the files use but the project lacks: one
// select per label, proposing the project's label that differs only in case (`Claim` → `claim`),
// or adding it as a new label. The preview comes from the service (previewImport); this only shows it.
import type { Label } from '../../shared/domain';
import type { ImportPreview, PreviewLabel } from '../../shared/importPreview';

/** The value of a select that adds the file's label to the scheme instead of mapping it. */
export const ADD_AS_NEW = '';

/** The first choice for each unknown label: the proposed match, else add it as new. */
export function initialChoices(preview: ImportPreview): Record<string, string> {
  return Object.fromEntries(
    preview.labels.filter((label) => !label.known).map((label) => [label.key, label.suggestion ?? ADD_AS_NEW]),
  );
}

/** The import's labelMap from the choices: only labels mapped to an existing one. */
export function labelMapOf(choices: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(choices).filter(([, target]) => target !== ADD_AS_NEW));
}

/** Labels that must be mapped because their key cannot join the scheme, and are not mapped yet. */
export function unmappedProblems(preview: ImportPreview, choices: Record<string, string>): PreviewLabel[] {
  return preview.labels.filter((label) => label.problem !== null && (choices[label.key] ?? ADD_AS_NEW) === ADD_AS_NEW);
}

interface LabelMappingProps {
  preview: ImportPreview;
  labels: Label[];
  choices: Record<string, string>;
  disabled: boolean;
  onChange: (choices: Record<string, string>) => void;
}

/** One row per label the files use that the project lacks; nothing when there is none. */
export function LabelMapping({ preview, labels, choices, disabled, onChange }: LabelMappingProps) {
  const unknown = preview.labels.filter((label) => !label.known);
  if (unknown.length === 0) return null;
  const parents = new Map(labels.map((label) => [label.key, label]));
  return (
    <fieldset className="label-mapping" data-testid="label-mapping">
      <legend className="field-label">Labels in the files that this project lacks</legend>
      {unknown.map((label) => (
        <div className="label-mapping-row" key={label.key} data-testid="label-mapping-row">
          <span className="label-mapping-key">
            {label.key}{' '}
            <span className="label-mapping-count">
              ({label.count} span{label.count === 1 ? '' : 's'})
            </span>
          </span>
          <select
            className="input"
            aria-label={`Map ${label.key}`}
            value={choices[label.key] ?? ADD_AS_NEW}
            disabled={disabled}
            onChange={(event) => onChange({ ...choices, [label.key]: event.target.value })}
          >
            <option value={ADD_AS_NEW} disabled={label.problem !== null}>
              {label.problem === null
                ? `Add as a new label “${label.key}”`
                : 'Choose a label (this key cannot be added)'}
            </option>
            {labels.map((target) => (
              <option key={target.key} value={target.key}>
                {target.parent === null
                  ? target.name
                  : `${parents.get(target.parent)?.name ?? target.parent} › ${target.name}`}
                {target.key === label.suggestion ? ' (same name)' : ''}
              </option>
            ))}
          </select>
          {label.problem !== null && <span className="field-hint">{label.problem}</span>}
        </div>
      ))}
      <span className="field-hint">New labels get a colour of their own from a colour-blind-safe palette.</span>
    </fieldset>
  );
}
