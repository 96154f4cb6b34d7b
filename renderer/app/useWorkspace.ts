// Loads what the open project shows: session info, documents, annotators and the label scheme,
// and reloads them all when the project changes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../shared/api';
import type { DocumentStatus, DocumentSummary, LabelScheme, SessionInfo } from '../../shared/domain';
import { errorMessage } from '../api/apiCallError';
import { withStatus } from './documentsWithStatus';

/** Mirrors `<html data-app-state>`, which end-to-end tests wait on. */
export type LoadState = 'loading' | 'ready' | 'error';

export interface Workspace {
  loadState: LoadState;
  session: SessionInfo | null;
  documents: DocumentSummary[];
  annotators: string[];
  /** The project's label scheme; null until loaded. */
  scheme: LabelScheme | null;
  /** Why loading failed, when `loadState` is `error`. */
  loadError: string | null;
  /** Loads everything again, e.g. after another project was opened. */
  reload(): void;
  /** Fetches the document list (statuses, span counts) and annotators again, quietly, e.g. after an edit. */
  refreshDocuments(): void;
  /** Fetches the label scheme again. */
  reloadScheme(): void;
  /** Creates an annotator and refreshes the list; rejects with the API's error. */
  addAnnotator(name: string): Promise<string>;
  /** Sets an annotator's status of a document, shown at once; rejects with the API's error. */
  setDocumentStatus(document: string, annotator: string, status: DocumentStatus): Promise<void>;
  /** Stores a whole new scheme and uses it from then on; rejects with the API's error. */
  saveScheme(scheme: LabelScheme): Promise<LabelScheme>;
}

interface Loaded {
  loadState: LoadState;
  session: SessionInfo | null;
  documents: DocumentSummary[];
  annotators: string[];
  scheme: LabelScheme | null;
  loadError: string | null;
}

/** The open project's data, loaded through the API client. */
export function useWorkspace(client: ApiClient): Workspace {
  const [loaded, setLoaded] = useState<Loaded>({
    loadState: 'loading',
    session: null,
    documents: [],
    annotators: [],
    scheme: null,
    loadError: null,
  });
  // Answers to an older request must not overwrite a newer project's data.
  const latestRequest = useRef(0);
  // Nor may an older refresh of the list overwrite a newer one.
  const latestRefresh = useRef(0);

  const reload = useCallback(() => {
    const request = ++latestRequest.current;
    setLoaded((previous) => ({ ...previous, loadState: 'loading', loadError: null }));
    Promise.all([
      client.getSessionInfo({}),
      client.listDocuments({}),
      client.listAnnotators({}),
      client.getScheme({}),
    ]).then(
      ([session, documents, annotators, scheme]) => {
        if (request !== latestRequest.current) return;
        setLoaded({ loadState: 'ready', session, documents, annotators, scheme, loadError: null });
      },
      (error: unknown) => {
        if (request !== latestRequest.current) return;
        setLoaded((previous) => ({ ...previous, loadState: 'error', loadError: errorMessage(error) }));
      },
    );
  }, [client]);

  useEffect(reload, [reload]);

  const refreshDocuments = useCallback(() => {
    const project = latestRequest.current;
    const refresh = ++latestRefresh.current;
    Promise.all([client.listDocuments({}), client.listAnnotators({})]).then(
      ([documents, annotators]) => {
        if (project !== latestRequest.current || refresh !== latestRefresh.current) return;
        setLoaded((previous) => ({ ...previous, documents, annotators }));
      },
      // A failed refresh leaves the last good list; the next edit or reload tries again.
      () => undefined,
    );
  }, [client]);

  const reloadScheme = useCallback(() => {
    const project = latestRequest.current;
    client.getScheme({}).then(
      (scheme) => {
        if (project === latestRequest.current) setLoaded((previous) => ({ ...previous, scheme }));
      },
      (error: unknown) => {
        if (project === latestRequest.current)
          setLoaded((previous) => ({ ...previous, loadError: errorMessage(error) }));
      },
    );
  }, [client]);

  const addAnnotator = useCallback(
    async (name: string) => {
      const created = await client.createAnnotator({ name });
      const annotators = await client.listAnnotators({});
      setLoaded((previous) => ({ ...previous, annotators }));
      return created;
    },
    [client],
  );

  const setDocumentStatus = useCallback(
    async (document: string, annotator: string, status: DocumentStatus) => {
      // Shown before the answer so the control never lags behind a click; the refresh corrects it.
      // A list fetched before this change must not bring the old status back.
      latestRefresh.current++;
      setLoaded((previous) => ({
        ...previous,
        documents: withStatus(previous.documents, document, annotator, status),
      }));
      try {
        await client.setDocumentStatus({ document, annotator, status });
      } finally {
        refreshDocuments();
      }
    },
    [client, refreshDocuments],
  );

  const saveScheme = useCallback(
    async (scheme: LabelScheme) => {
      const project = latestRequest.current;
      const saved = await client.updateScheme(scheme);
      if (project === latestRequest.current) setLoaded((previous) => ({ ...previous, scheme: saved }));
      return saved;
    },
    [client],
  );

  return { ...loaded, reload, refreshDocuments, reloadScheme, addAnnotator, setDocumentStatus, saveScheme };
}
