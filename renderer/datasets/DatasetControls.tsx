// The header's Import…, Export… and Merge… buttons and their dialogs.
import { useState } from 'react';
import type { ApiClient } from '../../shared/api';
import type { DesktopBridge } from '../../shared/bridge';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import { MergeDialog } from './MergeDialog';

interface DatasetControlsProps {
  client: ApiClient;
  desktop: DesktopBridge | null;
  projectName: string;
  annotators: readonly string[];
  disabled: boolean;
  /** Called after an import added something, to reload the document list. */
  onImported: () => void;
}

/** Opens the Import…, Export… or Merge… dialog. */
export function DatasetControls(props: DatasetControlsProps) {
  const [open, setOpen] = useState<'import' | 'export' | 'merge' | null>(null);
  return (
    <div className="header-actions">
      <button type="button" className="button" data-testid="import-open" disabled={props.disabled} onClick={() => setOpen('import')}>
        Import…
      </button>
      <button type="button" className="button" data-testid="export-open" disabled={props.disabled} onClick={() => setOpen('export')}>
        Export…
      </button>
      <button type="button" className="button" data-testid="merge-open" disabled={props.disabled} onClick={() => setOpen('merge')}>
        Merge…
      </button>
      {open === 'import' && (
        <ImportDialog client={props.client} desktop={props.desktop} onImported={props.onImported} onClose={() => setOpen(null)} />
      )}
      {open === 'merge' && <MergeDialog client={props.client} desktop={props.desktop} onMerged={props.onImported} onClose={() => setOpen(null)} />}
      {open === 'export' && (
        <ExportDialog client={props.client} desktop={props.desktop} projectName={props.projectName} annotators={props.annotators} onClose={() => setOpen(null)} />
      )}
    </div>
  );
}
