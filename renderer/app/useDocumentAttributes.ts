// What the app says about itself outside its own tree: the window title and the readiness flag.
import { useEffect } from 'react';
import type { LoadState } from './useWorkspace';

/** Keeps `<html data-app-state>` in step, so end-to-end tests wait on readiness instead of sleeping. */
export function useAppStateAttribute(state: LoadState): void {
  useEffect(() => {
    document.documentElement.setAttribute('data-app-state', state);
  }, [state]);
}

/** Keeps `document.title` (the window's title bar) in step. */
export function useWindowTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
