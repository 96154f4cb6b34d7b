// The bar across the top: app name, open project, project switching, import and export, blind
// mode, the agreement and settings views, and the current annotator.
import type { ReactNode } from 'react';
import type { DesktopBridge } from '../../shared/bridge';
import type { SessionInfo } from '../../shared/domain';
import { AnnotatorPicker } from './AnnotatorPicker';
import { OpenProjectControl, type OpenProject } from './OpenProjectControl';
import { ShowOthersToggle } from './ShowOthersToggle';

interface AppHeaderProps {
  session: SessionInfo | null;
  annotators: readonly string[];
  annotator: string | null;
  onChooseAnnotator: (annotator: string) => void;
  onCreateAnnotator: (name: string) => Promise<string>;
  onOpenProject: OpenProject;
  onError: (message: string) => void;
  desktop: DesktopBridge | null;
  /** Project-wide actions shown after the project controls (Import…, Export…). */
  actions?: ReactNode;
  showOtherAnnotators: boolean;
  onShowOtherAnnotators: (show: boolean) => void;
  /** Buttons that open other full-window views (Agreement), shown before Settings. */
  viewButtons?: ReactNode;
  /** True while the settings view is open. */
  settingsOpen: boolean;
  onOpenSettings: () => void;
  /** True while the curation view is open. */
  curationOpen?: boolean;
  onOpenCuration?: () => void;
}

/** The app header; the project's full path is the tooltip of its name. */
export function AppHeader(props: AppHeaderProps) {
  const { session } = props;
  return (
    <header className="app-header">
      <span className="app-name">Spanmark</span>
      <div className="header-project">
        <span className="header-label">Project</span>
        <span className="project-name" data-testid="project-name" title={session?.projectPath}>
          {session?.projectName ?? '…'}
        </span>
      </div>
      <OpenProjectControl
        desktop={props.desktop}
        currentPath={session?.projectPath ?? ''}
        onOpenProject={props.onOpenProject}
        onError={props.onError}
      />
      {props.actions}
      <div className="header-spacer" />
      <ShowOthersToggle
        show={props.showOtherAnnotators}
        disabled={session === null}
        onChange={props.onShowOtherAnnotators}
      />
      {props.viewButtons}
      {props.onOpenCuration && (
        <button
          type="button"
          className="button"
          data-testid="open-curation"
          aria-pressed={props.curationOpen}
          // Settings may hold unsaved changes; it is closed with its own Cancel first.
          disabled={session === null || props.curationOpen || props.settingsOpen}
          onClick={props.onOpenCuration}
        >
          <span aria-hidden="true">★</span> Curate
        </button>
      )}
      <button
        type="button"
        className="button"
        data-testid="open-settings"
        aria-pressed={props.settingsOpen}
        disabled={session === null || props.settingsOpen}
        onClick={props.onOpenSettings}
      >
        <span aria-hidden="true">⚙</span> Settings
      </button>
      <AnnotatorPicker
        annotators={props.annotators}
        current={props.annotator}
        disabled={session === null}
        onChoose={props.onChooseAnnotator}
        onCreate={props.onCreateAnnotator}
      />
    </header>
  );
}
