// The bar across the top: app name, open project, project switching, import and export, blind
// mode, the agreement and settings views, and the current annotator; what does not fit the window
// is one click away in a More panel.
import type { ReactNode } from 'react';
import type { DesktopBridge } from '../../shared/bridge';
import type { SessionInfo } from '../../shared/domain';
import { AnnotatorPicker } from './AnnotatorPicker';
import { HeaderOverflow, type HeaderItem } from './HeaderOverflow';
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

// The order in which controls move into the More panel as the window narrows: the rarest first, the
// annotator (who is labelling) last.
const OVERFLOW_ORDER = ['open-project', 'data', 'settings', 'curation', 'agreement', 'show-others', 'annotator'];

/** The app header; the project's full path is the tooltip of its name. */
export function AppHeader(props: AppHeaderProps) {
  const { session } = props;
  const items: HeaderItem[] = [
    {
      key: 'open-project',
      node: (
        <OpenProjectControl
          desktop={props.desktop}
          currentPath={session?.projectPath ?? ''}
          onOpenProject={props.onOpenProject}
          onError={props.onError}
        />
      ),
    },
  ];
  if (props.actions !== undefined) items.push({ key: 'data', node: props.actions });
  items.push({
    key: 'show-others',
    alignEnd: true,
    node: (
      <ShowOthersToggle
        show={props.showOtherAnnotators}
        disabled={session === null}
        onChange={props.onShowOtherAnnotators}
      />
    ),
  });
  if (props.viewButtons !== undefined) items.push({ key: 'agreement', node: props.viewButtons });
  if (props.onOpenCuration !== undefined) {
    items.push({
      key: 'curation',
      node: (
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
      ),
    });
  }
  items.push(
    {
      key: 'settings',
      node: (
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
      ),
    },
    {
      key: 'annotator',
      node: (
        <AnnotatorPicker
          annotators={props.annotators}
          current={props.annotator}
          disabled={session === null}
          onChoose={props.onChooseAnnotator}
          onCreate={props.onCreateAnnotator}
        />
      ),
    },
  );

  return (
    <header className="app-header">
      <span className="app-name">Spanmark</span>
      <div className="header-project">
        <span className="header-label">Project</span>
        <span className="project-name" data-testid="project-name" title={session?.projectPath}>
          {session?.projectName ?? '…'}
        </span>
      </div>
      <HeaderOverflow items={items} overflowOrder={OVERFLOW_ORDER} />
    </header>
  );
}
