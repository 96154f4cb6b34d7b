// The curation view's keys, on the window while the view is open; typing in a field, a dialog and
// Enter on a focused button keep their own meaning.
import { useEffect, useRef } from 'react';
import { curationCommand, type CurationCommand } from './curationKeys';

/** Calls `onCommand` for each key press that means something in the curation view; `active` false pauses it. */
export function useCurationKeys(active: boolean, onCommand: (command: CurationCommand) => void): void {
  const handler = useRef(onCommand);
  handler.current = onCommand;
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || isTyping(event.target)) return;
      const command = curationCommand(event);
      if (command === null) return;
      if (event.key === 'Enter' && event.target instanceof Element && event.target.closest('button, a, summary') !== null) return;
      event.preventDefault();
      handler.current(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active]);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('dialog') !== null) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.matches('input:not([type=radio]):not([type=checkbox]), textarea, select');
}
