// React's view of the annotation store. The article (ProseMirror) redraws inside the key press's
// own frame; React's panels follow once that frame is on screen, so they never hold it up.
import { startTransition, useEffect, useState } from 'react';
import type { AnnotationSnapshot, AnnotationStore } from './annotationStore';

/** The store's snapshot, re-rendered after the frame that shows a change has been painted. */
export function useStoreSnapshot(store: AnnotationStore): AnnotationSnapshot {
  const [seen, setSeen] = useState(() => ({ store, snapshot: store.getSnapshot() }));
  useEffect(() => {
    setSeen({ store, snapshot: store.getSnapshot() });
    let scheduled = false;
    let active = true;
    const unsubscribe = store.subscribe(() => {
      if (scheduled) return;
      scheduled = true;
      afterNextPaint(() => {
        scheduled = false;
        if (active) startTransition(() => setSeen({ store, snapshot: store.getSnapshot() }));
      });
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [store]);
  // A new store (another document) shows at once, not a frame late.
  return seen.store === store ? seen.snapshot : store.getSnapshot();
}

/** Runs `work` in the task after the next frame: requestAnimationFrame runs just before painting. */
function afterNextPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}
