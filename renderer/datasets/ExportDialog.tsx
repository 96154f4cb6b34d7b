// Export…: choose a format, the offset unit and what to include, then follow the export with a
// progress bar. The app writes where the native dialog says; a browser downloads the file, or
// writes it to a path inside a folder the host was started with (`spanmark serve --folder`).
import { useEffect, useState } from 'react';
import type { ApiClient, ExportReport } from '../../shared/api';
import type { DesktopBridge } from '../../shared/bridge';
import { DOCUMENT_STATUSES, type DocumentStatus, type Label } from '../../shared/domain';
import type { OffsetUnit } from '../../shared/formats/codec';
import { formatInfo } from '../../shared/formats/formatInfo';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/formats/formatNames';
import { errorMessage } from '../api/apiCallError';
import { countOf } from '../common/plural';
import { FormError } from '../common/FormError';
import { ModalForm } from '../common/ModalForm';
import { FormatField } from './FormatField';
import { ProgressBar } from './ProgressBar';
import { triggerDownload } from './triggerDownload';
import { useJob } from './useJob';

interface ExportDialogProps {
  client: ApiClient;
  desktop: DesktopBridge | null;
  projectName: string;
  annotators: readonly string[];
  onClose: () => void;
}

const STATUS_TITLES: Record<DocumentStatus, string> = { new: 'new', in_progress: 'in progress', done: 'done' };

/** The Export… dialog. */
export function ExportDialog({ client, desktop, projectName, annotators, onClose }: ExportDialogProps) {
  const [format, setFormat] = useState<ExportFormat>('jsonl');
  const [offsets, setOffsets] = useState<OffsetUnit>('codepoint');
  const [chosenAnnotators, setChosenAnnotators] = useState<string[]>([]);
  const [status, setStatus] = useState<DocumentStatus | ''>('');
  const [labels, setLabels] = useState<Label[]>([]);
  const [chosenLabels, setChosenLabels] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [allowedFolders, setAllowedFolders] = useState<string[]>([]);
  /** In a browser: null downloads; a path writes there (main checks it lies in an allowed folder). */
  const [writePath, setWritePath] = useState<string | null>(null);
  const { job, follow } = useJob(client);
  const report = job?.state === 'done' ? (job.result as ExportReport) : null;

  useEffect(() => {
    client.getScheme({}).then(
      (scheme) => setLabels(scheme.labels.filter((label) => label.parent === null)),
      (failure) => setError(errorMessage(failure)),
    );
    client.getSessionInfo({}).then(
      (session) => setAllowedFolders(session.allowedFolders ?? []),
      (failure) => setError(errorMessage(failure)),
    );
  }, [client]);

  const start = async () => {
    setError(null);
    try {
      let out: string | undefined;
      if (desktop !== null) {
        const target = formatInfo(format).exportsFolder === true ? 'folder' : 'file';
        const picked = await desktop.pickExportPath(target, `${projectName}-${format}`);
        if (picked === null) return;
        out = picked;
      } else if (writePath !== null) {
        out = writePath;
      }
      const started = await client.startExport({
        format,
        out,
        offsets,
        annotators: chosenAnnotators,
        status: status === '' ? undefined : status,
        labels: chosenLabels,
      });
      const ended = await follow(started);
      if (ended.state === 'failed') setError(ended.error?.message ?? 'the export failed');
      else if (ended.download !== null) triggerDownload(ended.download);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <ModalForm title="Export a dataset" onClose={onClose} testId="export-dialog" onSubmit={() => void start()}>
      <FormatField formats={EXPORT_FORMATS} value={format} testId="export-format" onChange={setFormat} />
      <fieldset className="field choice-row">
        <legend className="field-label">Offsets count</legend>
        <label className="check">
          <input
            type="radio"
            name="offsets"
            checked={offsets === 'codepoint'}
            onChange={() => setOffsets('codepoint')}
          />
          Unicode code points (Python, spaCy, brat, doccano)
        </label>
        <label className="check">
          <input
            type="radio"
            name="offsets"
            data-testid="export-offsets-utf16"
            checked={offsets === 'utf16'}
            onChange={() => setOffsets('utf16')}
          />
          UTF-16 units (JavaScript, WebAnno)
        </label>
      </fieldset>
      <ChoiceList
        title="Annotators (none ticked: all)"
        options={annotators.map((name) => ({ key: name, title: name }))}
        chosen={chosenAnnotators}
        onChange={setChosenAnnotators}
        testId="export-annotators"
      />
      <ChoiceList
        title="Labels (none ticked: all)"
        options={labels.map((label) => ({ key: label.key, title: label.name }))}
        chosen={chosenLabels}
        onChange={setChosenLabels}
        testId="export-labels"
      />
      <label className="field">
        <span className="field-label">Documents</span>
        <select
          className="input"
          data-testid="export-status"
          value={status}
          onChange={(event) => setStatus(event.target.value as DocumentStatus | '')}
        >
          <option value="">All documents</option>
          {DOCUMENT_STATUSES.map((name) => (
            <option key={name} value={name}>
              Only those a chosen annotator marked {STATUS_TITLES[name]}
            </option>
          ))}
        </select>
      </label>
      {desktop === null && allowedFolders.length > 0 && (
        <fieldset className="field choice-row" data-testid="export-destination">
          <legend className="field-label">Destination</legend>
          <label className="check">
            <input type="radio" name="destination" checked={writePath === null} onChange={() => setWritePath(null)} />
            Download in the browser
          </label>
          <label className="check">
            <input
              type="radio"
              name="destination"
              data-testid="export-to-path"
              checked={writePath !== null}
              onChange={() => setWritePath(suggestedPath(allowedFolders[0]!, `${projectName}-${format}`))}
            />
            Write on this computer, inside {allowedFolders.join(', ')}
          </label>
          {writePath !== null && (
            <>
              <input
                className="input"
                aria-label="Export path"
                data-testid="export-path"
                value={writePath}
                onChange={(event) => setWritePath(event.target.value)}
              />
              <span className="field-hint">
                {formatInfo(format).exportsFolder === true
                  ? 'This format writes a folder: name a new or empty one, or an earlier export of the same format.'
                  : 'This format writes one file.'}
              </span>
            </>
          )}
        </fieldset>
      )}
      {job?.state === 'running' && (
        <ProgressBar label="Exporting…" done={job.progress.done} total={job.progress.total} testId="job-progress" />
      )}
      {report !== null && (
        <p className="job-report" data-testid="export-report" role="status">
          Exported {countOf(report.documents, 'document')}, {countOf(report.spans, 'span')} and{' '}
          {countOf(report.relations, 'relation')}
          {desktop !== null || writePath !== null ? ` to ${report.path}` : ''}. Offsets count{' '}
          {report.offsetUnit === 'utf16' ? 'UTF-16 code units' : 'Unicode code points'}, end exclusive.
          {report.warnings.map((warning) => (
            <span key={warning} className="job-warning">
              {' '}
              Warning: {warning}
            </span>
          ))}
        </p>
      )}
      <FormError message={error} testId="export-error" />
      <div className="modal-actions">
        <button type="button" className="button button-quiet" onClick={onClose}>
          {report !== null ? 'Close' : 'Cancel'}
        </button>
        <button
          type="submit"
          className="button button-primary"
          data-testid="export-submit"
          disabled={job?.state === 'running'}
        >
          {desktop !== null ? 'Export…' : writePath !== null ? 'Export' : 'Export and download'}
        </button>
      </div>
    </ModalForm>
  );
}

interface ChoiceListProps {
  title: string;
  options: { key: string; title: string }[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
  testId: string;
}

function ChoiceList({ title, options, chosen, onChange, testId }: ChoiceListProps) {
  return (
    <fieldset className="field choice-row" data-testid={testId}>
      <legend className="field-label">{title}</legend>
      {options.map((option) => (
        <label key={option.key} className="check">
          <input
            type="checkbox"
            value={option.key}
            checked={chosen.includes(option.key)}
            onChange={(event) =>
              onChange(event.target.checked ? [...chosen, option.key] : chosen.filter((key) => key !== option.key))
            }
          />
          {option.title}
        </label>
      ))}
    </fieldset>
  );
}

// A path in the folder, with the folder's own separator.
function suggestedPath(folder: string, name: string): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(separator) ? folder + name : `${folder}${separator}${name}`;
}
