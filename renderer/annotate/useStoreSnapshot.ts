// React's view of the annotation store: re-renders when the store changes.
import { useSyncExternalStore } from 'react';
import type { AnnotationSnapshot, AnnotationStore } from './annotationStore';

/** The store's current snapshot, kept up to date. */
export function useStoreSnapshot(store: AnnotationStore): AnnotationSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
