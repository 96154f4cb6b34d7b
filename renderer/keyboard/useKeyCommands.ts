// How a view hands its command table to the keyboard layer while it is mounted.
import { useEffect, useRef } from 'react';
import type { KeyCommand } from './keyCommand';
import { keyboard, type KeyView } from './keyboardRegistry';

/**
 * Registers `commands` under `title` for `view`; `run` is the view's exhaustive switch over its
 * command ids. `commands` null registers nothing (the view cannot act yet).
 */
export function useKeyCommands<Id extends string>(
  view: KeyView,
  title: string,
  commands: readonly KeyCommand<Id>[] | null,
  run: (id: Id, event: KeyboardEvent) => void,
): void {
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    if (commands === null) return;
    return keyboard.register({ view, title, commands, run: (id, event) => runRef.current(id as Id, event) });
  }, [view, title, commands]);
}
