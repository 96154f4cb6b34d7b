// Import…: pick a format and files (native dialog in the app, upload in a browser), map the labels
// the files use that the project lacks, then follow the import with a progress bar and show its
// report: what came in, warnings, what was skipped.
import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../shared/api';
import type { DesktopBridge } from '../../shared/bridge';
import type { ImportReport, JobStatus, Label } from '../../shared/domain';
import type { ImportPreview } from '../../shared/importPreview';
import { formatInfo } from '../../shared/formats/formatInfo';
import { IMPORT_FORMATS, type ImportFormat } from '../../shared/formats/formatNames';
import { errorMessage } from '../api/apiCallError';
import { FormError } from '../common/FormError';
import { ModalForm } from '../common/ModalForm';
import { FormatField } from './FormatField';
import { ImportReportView } from './ImportReportView';
import { initialChoices, LabelMapping, labelMapOf, unmappedProblems } from './LabelMapping';
import { ProgressBar } from './ProgressBar';
import { pickedFiles, uploadFiles, type PickedFile } from './uploadFiles';
import { useJob } from './useJob';

interface ImportDialogProps {
  client: ApiClient;
  desktop: DesktopBridge | null;
  onImported: () => void;
  onClose: () => void;
}

type Source = { kind: 'paths'; paths: string[] } | { kind: 'upload'; files: PickedFile[] };

/** The Import… dialog. */
export function ImportDialog({ client, desktop, onImported, onClose }: ImportDialogProps) {
  const [format, setFormat] = useState<ImportFormat>('auto');
  const [source, setSource] = useState<Source | null>(null);
  // Empty by default: annotations from another tool are not silently credited to whoever imports them.
  const [fallbackAnnotator, setFallbackAnnotator] = useState('');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [asNew, setAsNew] = useState(false);
  const [upload, setUpload] = useState<{ sent: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { job, follow } = useJob(client);
  // What the files use that the project lacks, and how the user maps it; null until read.
  const [preview, setPreview] = useState<{ result: ImportPreview; labels: Label[] } | null>(null);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [previewing, setPreviewing] = useState(false);
  // A browser's picked files go up once, for the preview and the import; the host removes them
  // when an import ends, so after that the next attempt uploads them again.
  const uploaded = useRef<{ source: Source; folder: Promise<string> } | null>(null);
  const running = upload !== null || job?.state === 'running';
  const report = job?.state === 'done' ? (job.result as ImportReport) : null;

  const pathsOf = async (chosen: Source): Promise<string[]> => {
    if (chosen.kind === 'paths') return chosen.paths;
    if (uploaded.current?.source !== chosen) {
      setUpload({ sent: 0, total: 1 });
      const folder = uploadFiles(chosen.files, (sent, total) => setUpload({ sent, total }))
        .then((result) => result.folder)
        .finally(() => setUpload(null));
      uploaded.current = { source: chosen, folder };
    }
    try {
      return [await uploaded.current.folder];
    } catch (failure) {
      uploaded.current = null;
      throw failure;
    }
  };

  useEffect(() => {
    setPreview(null);
    setChoices({});
    if (source === null) return;
    let current = true;
    setPreviewing(true);
    setError(null);
    void (async () => {
      try {
        const paths = await pathsOf(source);
        const [result, scheme] = await Promise.all([client.previewImport({ paths, format }), client.getScheme({})]);
        if (!current) return;
        setPreview({ result, labels: scheme.labels });
        setChoices(initialChoices(result));
      } catch (failure) {
        // The import itself reports what is wrong with the files, with file and line.
        if (current) setError(errorMessage(failure));
      } finally {
        if (current) setPreviewing(false);
      }
    })();
    return () => {
      current = false;
    };
    // Read again only when the files or the format change (the client never does).
  }, [client, source, format]);

  const mustMap = preview === null ? [] : unmappedProblems(preview.result, choices);

  const start = async () => {
    if (source === null) return;
    setError(null);
    try {
      const paths = await pathsOf(source);
      const started = await client.startImport({
        paths,
        format,
        annotator: fallbackAnnotator.trim() === '' ? undefined : fallbackAnnotator.trim(),
        labelMap: labelMapOf(choices),
        skipInvalid,
        asNew,
      });
      const ended = await follow(started);
      uploaded.current = null;
      if (ended.state === 'done') onImported();
      else setError(ended.error?.message ?? 'the import failed');
    } catch (failure) {
      setUpload(null);
      setError(errorMessage(failure));
    }
  };

  const folderFormat = formatInfo(format).importsFolder;
  return (
    <ModalForm
      title="Import documents and annotations"
      onClose={onClose}
      testId="import-dialog"
      onSubmit={() => void start()}
    >
      <FormatField
        formats={IMPORT_FORMATS}
        value={format}
        disabled={running}
        testId="import-format"
        onChange={setFormat}
      />
      <SourcePicker
        desktop={desktop}
        folderFormat={folderFormat}
        disabled={running}
        source={source}
        onChange={setSource}
      />
      {preview !== null && (
        <LabelMapping
          preview={preview.result}
          labels={preview.labels}
          choices={choices}
          disabled={running}
          onChange={setChoices}
        />
      )}
      <label className="field">
        <span className="field-label">Annotator for spans that name none</span>
        <input
          className="input"
          data-testid="import-annotator"
          value={fallbackAnnotator}
          disabled={running}
          placeholder="imported"
          onChange={(event) => setFallbackAnnotator(event.target.value)}
        />
      </label>
      <label className="check">
        <input
          type="checkbox"
          data-testid="import-skip-invalid"
          checked={skipInvalid}
          disabled={running}
          onChange={(event) => setSkipInvalid(event.target.checked)}
        />
        Skip invalid records and list them (otherwise one bad record stops the import and nothing is imported)
      </label>
      <label className="check">
        <input
          type="checkbox"
          data-testid="import-as-new"
          checked={asNew}
          disabled={running}
          onChange={(event) => setAsNew(event.target.checked)}
        />
        Import a document whose id is taken by a different text under a new id
      </label>
      {upload !== null && (
        <ProgressBar label="Uploading…" done={upload.sent} total={upload.total} testId="import-progress" />
      )}
      {job?.state === 'running' && <JobProgress job={job} label="Importing…" />}
      {report !== null && <ImportReportView report={report} />}
      <FormError message={error} testId="import-error" />
      <div className="modal-actions">
        <button type="button" className="button button-quiet" onClick={onClose}>
          {report !== null ? 'Close' : 'Cancel'}
        </button>
        <button
          type="submit"
          className="button button-primary"
          data-testid="import-submit"
          disabled={running || previewing || source === null || mustMap.length > 0}
        >
          Import
        </button>
      </div>
    </ModalForm>
  );
}

function JobProgress({ job, label }: { job: JobStatus; label: string }) {
  return <ProgressBar label={label} done={job.progress.done} total={job.progress.total} testId="job-progress" />;
}

interface SourcePickerProps {
  desktop: DesktopBridge | null;
  folderFormat: boolean;
  disabled: boolean;
  source: Source | null;
  onChange: (source: Source | null) => void;
}

// The app asks with native dialogs; a browser uploads what is picked to the host.
function SourcePicker({ desktop, folderFormat, disabled, source, onChange }: SourcePickerProps) {
  const chosen =
    source === null
      ? 'Nothing chosen yet'
      : source.kind === 'paths'
        ? source.paths.join(', ')
        : `${source.files.length} file(s): ${source.files
            .slice(0, 3)
            .map((f) => f.relativePath)
            .join(', ')}${source.files.length > 3 ? ', …' : ''}`;
  return (
    <div className="field">
      <span className="field-label">{folderFormat ? 'Folder or files' : 'Files'}</span>
      <div className="picker-row">
        {desktop !== null ? (
          <>
            <button
              type="button"
              className="button"
              disabled={disabled}
              onClick={() =>
                void desktop.pickImportPaths('files').then((paths) => paths && onChange({ kind: 'paths', paths }))
              }
            >
              Choose files…
            </button>
            <button
              type="button"
              className="button"
              disabled={disabled}
              onClick={() =>
                void desktop.pickImportPaths('folder').then((paths) => paths && onChange({ kind: 'paths', paths }))
              }
            >
              Choose folder…
            </button>
          </>
        ) : (
          <>
            <label className="button file-button">
              Choose files…
              <input
                type="file"
                multiple
                hidden
                data-testid="import-files"
                disabled={disabled}
                onChange={(event) => onChange({ kind: 'upload', files: pickedFiles(event.target.files) })}
              />
            </label>
            <label className="button file-button">
              Choose folder…
              <input
                type="file"
                hidden
                data-testid="import-folder"
                disabled={disabled}
                ref={(input) => input?.setAttribute('webkitdirectory', '')}
                onChange={(event) => onChange({ kind: 'upload', files: pickedFiles(event.target.files) })}
              />
            </label>
          </>
        )}
      </div>
      <span className="field-hint" data-testid="import-source">
        {chosen}
      </span>
    </div>
  );
}
