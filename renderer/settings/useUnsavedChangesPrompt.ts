// Asks before the window is closed or reloaded while the settings hold unsaved changes.
import { useEffect } from 'react';

/** Installs a `beforeunload` prompt while `unsaved` is true. */
export function useUnsavedChangesPrompt(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved]);
}
