// Loads what the open project shows: session info, documents and annotators, and reloads them all
// when the project changes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../shared/api';
import type { DocumentSummary, SessionInfo } from '../../shared/domain';
import { errorMessage } from '../api/apiCallError';

/** Mirrors `<html data-app-state>`, which end-to-end tests wait on. */
export type LoadState = 'loading' | 'ready' | 'error';

export interface Workspace {
  loadState: LoadState;
  session: SessionInfo | null;
  documents: DocumentSummary[];
  annotators: string[];
  /** Why loading failed, when `loadState` is `error`. */
  loadError: string | null;
  /** Loads everything again, e.g. after another project was opened. */
  reload(): void;
  /** Creates an annotator and refreshes the list; rejects with the API's error. */
  addAnnotator(name: string): Promise<string>;
}

interface Loaded {
  loadState: LoadState;
  session: SessionInfo | null;
  documents: DocumentSummary[];
  annotators: string[];
  loadError: string | null;
}

/** The open project's data, loaded through the API client. */
export function useWorkspace(client: ApiClient): Workspace {
  const [loaded, setLoaded] = useState<Loaded>({
    loadState: 'loading',
    session: null,
    documents: [],
    annotators: [],
    loadError: null,
  });
  // Answers to an older request must not overwrite a newer project's data.
  const latestRequest = useRef(0);

  const reload = useCallback(() => {
    const request = ++latestRequest.current;
    setLoaded((previous) => ({ ...previous, loadState: 'loading', loadError: null }));
    Promise.all([client.getSessionInfo({}), client.listDocuments({}), client.listAnnotators({})]).then(
      ([session, documents, annotators]) => {
        if (request !== latestRequest.current) return;
        setLoaded({ loadState: 'ready', session, documents, annotators, loadError: null });
      },
      (error: unknown) => {
        if (request !== latestRequest.current) return;
        setLoaded((previous) => ({ ...previous, loadState: 'error', loadError: errorMessage(error) }));
      },
    );
  }, [client]);

  useEffect(reload, [reload]);

  const addAnnotator = useCallback(
    async (name: string) => {
      const created = await client.createAnnotator({ name });
      const annotators = await client.listAnnotators({});
      setLoaded((previous) => ({ ...previous, annotators }));
      return created;
    },
    [client],
  );

  return { ...loaded, reload, addAnnotator };
}
