// The store's error (until dismissed) and notice (a hint that also fades out by itself).
import { useEffect } from 'react';
import { ErrorBanner } from '../common/ErrorBanner';
import type { AnnotationStore } from './annotationStore';
import { useStoreSnapshot } from './useStoreSnapshot';

/** How long a notice stays before it goes by itself. */
const NOTICE_MS = 8000;

/** Errors and notices from the store, each dismissible. */
export function StoreMessages({ store }: { store: AnnotationStore }) {
  const { error, notice } = useStoreSnapshot(store);
  useEffect(() => {
    if (notice === null) return;
    const timer = setTimeout(() => {
      if (store.getSnapshot().notice === notice) store.setNotice(null);
    }, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [store, notice]);
  return (
    <>
      {error !== null && <ErrorBanner message={error} onDismiss={() => store.setError(null)} />}
      {notice !== null && (
        <div className="notice-banner" role="status" data-testid="notice">
          <p className="notice-message">{notice}</p>
          <button
            type="button"
            className="button button-quiet"
            aria-label="Dismiss notice"
            onClick={() => store.setNotice(null)}
          >
            ✕
          </button>
        </div>
      )}
    </>
  );
}
