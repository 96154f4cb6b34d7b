// Loads what the comparison view needs: the document's text and the compared annotators' spans.
import { useEffect, useState } from 'react';
import type { ApiClient } from '../../shared/api';
import type { DocumentContent, Span } from '../../shared/domain';
import { errorMessage } from '../api/apiCallError';

/** The document and its spans, or why they could not be loaded. */
export type ComparisonData =
  | { status: 'loading' }
  | { status: 'ready'; document: DocumentContent; spans: Span[] }
  | { status: 'error'; error: string };

/** Fetches the text and the spans of `annotators` in one document; a newer request wins. */
export function useComparisonData(
  client: ApiClient,
  documentId: string,
  annotators: readonly string[],
): ComparisonData {
  const [data, setData] = useState<ComparisonData>({ status: 'loading' });
  const key = annotators.join('\u0000');
  useEffect(() => {
    setData({ status: 'loading' });
    let current = true;
    const names = key.split('\u0000');
    Promise.all([
      client.getDocument({ id: documentId }),
      // The acting annotator only selects whose undo history comes back, which is not shown here.
      client.getAnnotations({ document: documentId, annotators: names, annotator: names[0]! }),
    ]).then(
      ([document, annotations]) => current && setData({ status: 'ready', document, spans: annotations.spans }),
      (error: unknown) => current && setData({ status: 'error', error: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [client, documentId, key]);
  return data;
}
