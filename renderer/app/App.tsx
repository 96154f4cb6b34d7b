// The whole window: header, document list and the open article, wired to the API client.
import { useCallback, useState } from 'react';
import type { ApiClient } from '../../shared/api';
import type { DesktopBridge } from '../../shared/bridge';
import { ArticlePane } from '../article/ArticlePane';
import { ErrorBanner } from '../common/ErrorBanner';
import { AppHeader } from '../header/AppHeader';
import { DocumentList } from '../sidebar/DocumentList';
import { useAnnotator } from './useAnnotator';
import { useAppStateAttribute, useWindowTitle } from './useDocumentAttributes';
import { useOpenDocument } from './useOpenDocument';
import { useWorkspace } from './useWorkspace';
import { windowTitle } from './windowTitle';

interface AppProps {
  client: ApiClient;
  /** Native dialogs of the Electron window; null in a browser. */
  desktop: DesktopBridge | null;
}

/** The header's blind-mode switch stores this choice per project; until it is here, read it directly. */
function showsOtherAnnotators(projectPath: string | null): boolean {
  try {
    return projectPath !== null && window.localStorage.getItem(`spanmark.showOtherAnnotators:${projectPath}`) === 'true';
  } catch {
    return false;
  }
}

/** The Spanmark workbench. */
export function App({ client, desktop }: AppProps) {
  const workspace = useWorkspace(client);
  const annotator = useAnnotator(workspace.session, workspace.annotators);
  const [documentId, setDocumentId] = useState<string | null>(null);
  const openDocument = useOpenDocument(client, documentId);
  // Errors of actions outside a dialog (a native file dialog, say); load errors have their own banner.
  const [actionError, setActionError] = useState<string | null>(null);

  useAppStateAttribute(workspace.loadState);
  useWindowTitle(windowTitle(workspace.session?.projectName ?? null, annotator.current));

  const { reload } = workspace;
  const openProject = useCallback(
    async (path: string, mode: 'open' | 'create') => {
      if (mode === 'open') await client.openProject({ path });
      else await client.createProject({ path });
      setDocumentId(null);
      setActionError(null);
      reload();
    },
    [client, reload],
  );

  return (
    <div className="app">
      <AppHeader
        session={workspace.session}
        annotators={workspace.annotators}
        annotator={annotator.current}
        onChooseAnnotator={annotator.choose}
        onCreateAnnotator={workspace.addAnnotator}
        onOpenProject={openProject}
        onError={setActionError}
        desktop={desktop}
      />
      {workspace.loadError !== null && <ErrorBanner message={workspace.loadError} onRetry={reload} />}
      {actionError !== null && <ErrorBanner message={actionError} onDismiss={() => setActionError(null)} />}
      <div className="workspace">
        <DocumentList
          documents={workspace.documents}
          selectedId={documentId}
          annotator={annotator.current}
          loading={workspace.loadState === 'loading' && workspace.session === null}
          onOpen={setDocumentId}
        />
        <ArticlePane
          client={client}
          annotator={annotator.current}
          showOtherAnnotators={showsOtherAnnotators(workspace.session?.projectPath ?? null)}
          open={openDocument}
          hasDocuments={workspace.documents.length > 0}
          projectPath={workspace.loadState === 'ready' ? (workspace.session?.projectPath ?? null) : null}
        />
      </div>
    </div>
  );
}
