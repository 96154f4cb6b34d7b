// Switches project: native file dialogs in the Electron window, a path dialog in a browser
// (a web page cannot learn a file's path from the OS picker).
import { useState } from 'react';
import type { DesktopBridge } from '../../shared/bridge';
import { errorMessage } from '../api/apiCallError';
import { OpenProjectDialog } from './OpenProjectDialog';

/** Opens (`open`) or creates (`create`) the project at a path; rejects with the API's error. */
export type OpenProject = (path: string, mode: 'open' | 'create') => Promise<void>;

interface OpenProjectControlProps {
  desktop: DesktopBridge | null;
  currentPath: string;
  onOpenProject: OpenProject;
  onError: (message: string) => void;
}

/** The "Open project…" button (and "New project…" on desktop, where creating needs its own dialog). */
export function OpenProjectControl({ desktop, currentPath, onOpenProject, onError }: OpenProjectControlProps) {
  const [dialogOpen, setDialogOpen] = useState(false);

  if (desktop !== null) {
    const pickAndOpen = (mode: 'open' | 'create') => {
      desktop
        .pickProjectFile(mode)
        .then((path) => (path === null ? undefined : onOpenProject(path, mode)))
        .catch((error: unknown) => onError(errorMessage(error)));
    };
    return (
      <div className="header-actions">
        <button type="button" className="button" data-testid="open-project" onClick={() => pickAndOpen('open')}>
          Open project…
        </button>
        <button
          type="button"
          className="button button-quiet"
          data-testid="new-project"
          onClick={() => pickAndOpen('create')}
        >
          New project…
        </button>
      </div>
    );
  }

  return (
    <div className="header-actions">
      <button type="button" className="button" data-testid="open-project" onClick={() => setDialogOpen(true)}>
        Open project…
      </button>
      {dialogOpen && (
        <OpenProjectDialog
          initialPath={currentPath}
          onCancel={() => setDialogOpen(false)}
          onSubmit={async (path, mode) => {
            await onOpenProject(path, mode);
            setDialogOpen(false);
          }}
        />
      )}
    </div>
  );
}
