// Fetches the full text of the document the reader opened.
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../shared/api';
import type { DocumentContent } from '../../shared/domain';
import { errorMessage } from '../api/apiCallError';

export interface OpenDocument {
  /** The document asked for; `content` is null until it has loaded. */
  id: string | null;
  content: DocumentContent | null;
  error: string | null;
  /** Asks for the document again after a failure. */
  retry(): void;
}

type Loaded = Omit<OpenDocument, 'retry'>;

/** Loads a document by id; a newer id wins over a slower, older answer. */
export function useOpenDocument(client: ApiClient, documentId: string | null): OpenDocument {
  const [loaded, setLoaded] = useState<Loaded>({ id: null, content: null, error: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    setLoaded({ id: documentId, content: null, error: null });
    if (documentId === null) return;
    let current = true;
    client.getDocument({ id: documentId }).then(
      (content) => current && setLoaded({ id: documentId, content, error: null }),
      (error: unknown) => current && setLoaded({ id: documentId, content: null, error: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [client, documentId, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { ...loaded, retry };
}
