// The whole window: header, document list and the open article (or the settings or agreement
// view), wired to the API client.
import { useCallback, useState } from 'react';
import type { ApiClient } from '../../shared/api';
import type { DesktopBridge } from '../../shared/bridge';
import type { DocumentStatus } from '../../shared/domain';
import { AgreementButton } from '../agreement/AgreementButton';
import { AgreementView } from '../agreement/AgreementView';
import { errorMessage } from '../api/apiCallError';
import { ArticlePane } from '../article/ArticlePane';
import { ErrorBanner } from '../common/ErrorBanner';
import { IntegrityCheckNotice } from './IntegrityCheckNotice';
import { CurationView } from '../curation/CurationView';
import { DatasetControls } from '../datasets/DatasetControls';
import { AppHeader } from '../header/AppHeader';
import { KeyboardLayer } from '../keyboard/KeyboardLayer';
import { SettingsView } from '../settings/SettingsView';
import { DocumentList } from '../sidebar/DocumentList';
import { statusOf } from '../status/documentProgress';
import { DocumentStatusBar } from '../status/DocumentStatusBar';
import { useAnnotator } from './useAnnotator';
import { useAppStateAttribute, useWindowTitle } from './useDocumentAttributes';
import { useOpenDocument } from './useOpenDocument';
import { useShowOtherAnnotators } from './useShowOtherAnnotators';
import { UserSettingsProvider, useUserSettings } from './useUserSettings';
import { useWorkspace } from './useWorkspace';
import { windowTitle } from './windowTitle';

interface AppProps {
  client: ApiClient;
  /** Native dialogs of the Electron window; null in a browser. */
  desktop: DesktopBridge | null;
}

/** The Spanmark workbench. */
export function App({ client, desktop }: AppProps) {
  const workspace = useWorkspace(client);
  const projectPath = workspace.session?.projectPath ?? null;
  const userSettings = useUserSettings(client, projectPath);
  const annotator = useAnnotator(workspace.session, workspace.annotators, userSettings);
  const showOthers = useShowOtherAnnotators(userSettings);
  const [documentId, setDocumentId] = useState<string | null>(null);
  const openDocument = useOpenDocument(client, documentId);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [agreementOpen, setAgreementOpen] = useState(false);
  const [curationOpen, setCurationOpen] = useState(false);
  // One full-window view at a time replaces the workspace: settings, agreement or curation.
  const fullWindowView = settingsOpen || agreementOpen || curationOpen;
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
      setSettingsOpen(false);
      setAgreementOpen(false);
      setCurationOpen(false);
      setActionError(null);
      reload();
    },
    [client, reload],
  );

  const openSummary = workspace.documents.find((document) => document.id === documentId) ?? null;
  // The list holds the current title, so a rename shows in the article's heading at once.
  const shownDocument =
    openDocument.content !== null && openSummary !== null && openSummary.title !== openDocument.content.title
      ? { ...openDocument, content: { ...openDocument.content, title: openSummary.title } }
      : openDocument;
  const changeStatus = (status: DocumentStatus) => {
    if (documentId === null || annotator.current === null) return;
    workspace
      .setDocumentStatus(documentId, annotator.current, status)
      .catch((error: unknown) => setActionError(errorMessage(error)));
  };

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
        actions={
          <DatasetControls
            client={client}
            desktop={desktop}
            projectName={workspace.session?.projectName ?? 'export'}
            annotators={workspace.annotators}
            disabled={workspace.session === null}
            onImported={reload}
          />
        }
        showOtherAnnotators={showOthers.show}
        onShowOtherAnnotators={showOthers.setShow}
        viewButtons={
          <AgreementButton
            open={agreementOpen}
            // Settings may hold unsaved changes; it is closed with its own Cancel first.
            disabled={workspace.session === null || settingsOpen}
            onOpen={() => {
              setCurationOpen(false);
              setAgreementOpen(true);
            }}
          />
        }
        settingsOpen={settingsOpen}
        onOpenSettings={() => {
          setAgreementOpen(false);
          setCurationOpen(false);
          setSettingsOpen(true);
        }}
        curationOpen={curationOpen}
        onOpenCuration={() => {
          setAgreementOpen(false);
          setCurationOpen(true);
        }}
      />
      {workspace.loadError !== null && <ErrorBanner message={workspace.loadError} onRetry={reload} />}
      {actionError !== null && <ErrorBanner message={actionError} onDismiss={() => setActionError(null)} />}
      <IntegrityCheckNotice client={client} jobId={workspace.session?.integrityCheck ?? null} />
      {settingsOpen &&
        (workspace.scheme === null ? (
          <p className="placeholder">Loading the label scheme…</p>
        ) : (
          <SettingsView
            key={projectPath}
            scheme={workspace.scheme}
            onSave={workspace.saveScheme}
            onClose={() => setSettingsOpen(false)}
          />
        ))}
      {agreementOpen && (
        <AgreementView
          key={projectPath}
          client={client}
          documents={workspace.documents}
          scheme={workspace.scheme}
          onClose={() => setAgreementOpen(false)}
        />
      )}
      {curationOpen && (
        <CurationView
          key={projectPath}
          client={client}
          scheme={workspace.scheme}
          onChanged={workspace.refreshDocuments}
          onClose={() => setCurationOpen(false)}
        />
      )}
      {/* Hidden, not unmounted, under a full-window view: the article keeps its place and state. */}
      <div className="workspace" hidden={fullWindowView}>
        <DocumentList
          documents={workspace.documents}
          selectedId={documentId}
          annotator={annotator.current}
          loading={workspace.loadState === 'loading' && workspace.session === null}
          onOpen={setDocumentId}
          client={client}
          onChanged={workspace.refreshDocuments}
          onDeleted={(id) => setDocumentId((open) => (open === id ? null : open))}
        />
        <div className="document-column">
          {documentId !== null && openSummary !== null && (
            <DocumentStatusBar
              status={statusOf(openSummary, annotator.current)}
              annotator={annotator.current}
              onChange={changeStatus}
            />
          )}
          <UserSettingsProvider value={userSettings}>
            <ArticlePane
              client={client}
              annotator={annotator.current}
              open={shownDocument}
              hasDocuments={workspace.documents.length > 0}
              projectPath={workspace.loadState === 'ready' ? projectPath : null}
              showOtherAnnotators={showOthers.show}
              scheme={workspace.scheme}
              // The service marks a document in progress with its first span; the list only shows it.
              onAnnotationsChanged={workspace.refreshDocuments}
            />
          </UserSettingsProvider>
        </div>
      </div>
      <KeyboardLayer
        activeView={settingsOpen ? 'settings' : agreementOpen ? 'agreement' : curationOpen ? 'curation' : 'workspace'}
      />
    </div>
  );
}
