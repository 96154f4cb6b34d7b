// Loads what labelling a document needs: the scheme and the annotations of the acting annotator
// (or of everyone, when other annotators are shown), into a fresh store per document.
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../shared/api';
import type { DocumentAnnotations, LabelScheme } from '../../shared/domain';
import { errorMessage } from '../api/apiCallError';
import { AnnotationStore } from './annotationStore';

/** The annotations of one open document, once loaded. */
export interface AnnotationSession {
  /** What the session was loaded for; a store belongs to exactly this document and annotator. */
  document: string | null;
  annotator: string | null;
  scheme: LabelScheme | null;
  store: AnnotationStore | null;
  /** The annotators whose spans are loaded. */
  annotators: readonly string[];
  error: string | null;
  /** Loads the annotations again (after a failure, or to resync). */
  retry(): void;
  /** Fetches the same annotations afresh without replacing the store. */
  fetch(): Promise<DocumentAnnotations>;
}

interface Loaded {
  key: string;
  scheme: LabelScheme | null;
  store: AnnotationStore | null;
  annotators: readonly string[];
  error: string | null;
}

/**
 * Loads the scheme and annotations for a document; a newer document wins over a slower, older
 * answer. A scheme the app already holds (`knownScheme`, null while it loads) is used as is.
 */
export function useAnnotationSession(
  client: ApiClient,
  document: string | null,
  annotator: string | null,
  showOtherAnnotators: boolean,
  knownScheme?: LabelScheme | null,
): AnnotationSession {
  const key = `${document}\u0000${annotator}\u0000${showOtherAnnotators}`;
  const [loaded, setLoaded] = useState<Loaded>({ key: '', scheme: null, store: null, annotators: [], error: null });
  const [attempt, setAttempt] = useState(0);

  const fetchAnnotations = useCallback(async () => {
    if (document === null || annotator === null) throw new Error('no document or annotator');
    const annotators = showOtherAnnotators ? await client.listAnnotators({}) : [annotator];
    if (!annotators.includes(annotator)) annotators.push(annotator);
    const annotations = await client.getAnnotations({ document, annotators, annotator });
    return { annotators, annotations };
  }, [client, document, annotator, showOtherAnnotators]);

  const needsScheme = knownScheme === undefined;
  useEffect(() => {
    if (document === null || annotator === null) return;
    let current = true;
    Promise.all([needsScheme ? client.getScheme({}) : null, fetchAnnotations()]).then(
      ([scheme, { annotators, annotations }]) => {
        if (current) setLoaded({ key, scheme, store: new AnnotationStore(annotations), annotators, error: null });
      },
      (error: unknown) => {
        if (current)
          setLoaded({
            key,
            scheme: null,
            store: null,
            annotators: [],
            error: `Could not load the spans of this document: ${errorMessage(error)}`,
          });
      },
    );
    return () => {
      current = false;
    };
  }, [client, document, annotator, key, fetchAnnotations, attempt, needsScheme]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  const fetch = useCallback(async () => (await fetchAnnotations()).annotations, [fetchAnnotations]);
  const fresh = loaded.key === key;
  return {
    document,
    annotator,
    scheme: knownScheme !== undefined ? knownScheme : fresh ? loaded.scheme : null,
    store: fresh ? loaded.store : null,
    annotators: fresh ? loaded.annotators : [],
    error: fresh ? loaded.error : null,
    retry,
    fetch,
  };
}
