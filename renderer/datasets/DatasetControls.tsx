// The header's Data menu (Import…, Export…, Merge…, Save a copy…) and its dialogs.
import { useState } from 'react';
import type { ApiClient } from '../../shared/api';
import type { DesktopBridge } from '../../shared/bridge';
import { MenuButton } from '../common/MenuButton';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import { MergeDialog } from './MergeDialog';
import { SaveCopyDialog } from './SaveCopyDialog';

interface DatasetControlsProps {
  client: ApiClient;
  desktop: DesktopBridge | null;
  projectName: string;
  annotators: readonly string[];
  disabled: boolean;
  /** Called after an import added something, to reload the document list. */
  onImported: () => void;
}

/** Opens the Import…, Export…, Merge… or Save a copy… dialog. */
export function DatasetControls(props: DatasetControlsProps) {
  const [open, setOpen] = useState<'import' | 'export' | 'merge' | 'copy' | null>(null);
  return (
    <div className="header-actions">
      <MenuButton
        label="Data"
        testId="data-menu"
        disabled={props.disabled}
        actions={[
          { label: 'Import…', testId: 'import-open', onChoose: () => setOpen('import') },
          { label: 'Export…', testId: 'export-open', onChoose: () => setOpen('export') },
          { label: 'Merge other copies…', testId: 'merge-open', onChoose: () => setOpen('merge') },
          { label: 'Save a copy…', testId: 'save-copy-open', onChoose: () => setOpen('copy') },
        ]}
      />
      {open === 'import' && (
        <ImportDialog
          client={props.client}
          desktop={props.desktop}
          onImported={props.onImported}
          onClose={() => setOpen(null)}
        />
      )}
      {open === 'merge' && (
        <MergeDialog
          client={props.client}
          desktop={props.desktop}
          onMerged={props.onImported}
          onClose={() => setOpen(null)}
        />
      )}
      {open === 'copy' && (
        <SaveCopyDialog
          client={props.client}
          desktop={props.desktop}
          projectName={props.projectName}
          onClose={() => setOpen(null)}
        />
      )}
      {open === 'export' && (
        <ExportDialog
          client={props.client}
          desktop={props.desktop}
          projectName={props.projectName}
          annotators={props.annotators}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
