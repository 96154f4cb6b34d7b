// The format choice of the Import… and Export… dialogs, with the chosen format's description.
import { formatInfo } from '../../shared/formats/formatInfo';
import type { ExportFormat, ImportFormat } from '../../shared/formats/formatNames';

interface FormatFieldProps<F extends ImportFormat | ExportFormat> {
  formats: readonly F[];
  value: F;
  disabled?: boolean;
  testId: string;
  onChange: (format: F) => void;
}

/** A labelled select of format names. */
export function FormatField<F extends ImportFormat | ExportFormat>({
  formats,
  value,
  disabled,
  testId,
  onChange,
}: FormatFieldProps<F>) {
  return (
    <label className="field">
      <span className="field-label">Format</span>
      <select
        className="input"
        data-testid={testId}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as F)}
      >
        {formats.map((name) => (
          <option key={name} value={name}>
            {formatInfo(name).title}
          </option>
        ))}
      </select>
      <span className="field-hint">{formatInfo(value).description}</span>
    </label>
  );
}
