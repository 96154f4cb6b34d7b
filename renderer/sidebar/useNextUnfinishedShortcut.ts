// Ctrl+Enter anywhere in the workspace opens the next unfinished document, except while typing in
// a field or working in a dialog, where Ctrl+Enter may mean something else.
import { useEffect } from 'react';
import { isNextUnfinishedKey } from '../status/nextUnfinishedKey';

/** Calls `openNext` on the shortcut while mounted; `openNext` null means there is nothing to open. */
export function useNextUnfinishedShortcut(openNext: (() => void) | null): void {
  useEffect(() => {
    if (openNext === null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isNextUnfinishedKey(event) || isTypingOrInDialog(event.target)) return;
      event.preventDefault();
      openNext();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openNext]);
}

function isTypingOrInDialog(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('dialog') !== null) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.matches('input:not([type=radio]):not([type=checkbox]), textarea, select');
}
