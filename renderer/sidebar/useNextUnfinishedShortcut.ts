// The document list's command table: Ctrl+Enter anywhere in the workspace opens the next
// unfinished document (a field being typed in or a dialog keeps the key, as the keyboard layer rules).
import { useMemo } from 'react';
import type { KeyCommand } from '../keyboard/keyCommand';
import { unhandledCommand } from '../keyboard/keyCommand';
import { useKeyCommands } from '../keyboard/useKeyCommands';
import { NEXT_UNFINISHED_CHORDS } from '../status/nextUnfinishedKey';

type DocumentListCommandId = 'next-unfinished';

const DOCUMENT_LIST_COMMANDS: readonly KeyCommand<DocumentListCommandId>[] = [
  {
    id: 'next-unfinished',
    chords: NEXT_UNFINISHED_CHORDS,
    description: 'Open the next document you have not marked done',
  },
];

/** Registers the shortcut while mounted; `openNext` null means there is nothing to open. */
export function useNextUnfinishedShortcut(openNext: (() => void) | null): void {
  const commands = useMemo(() => (openNext === null ? null : DOCUMENT_LIST_COMMANDS), [openNext]);
  useKeyCommands('workspace', 'Documents', commands, (id: DocumentListCommandId) => {
    switch (id) {
      case 'next-unfinished':
        return openNext?.();
      default:
        return unhandledCommand(id);
    }
  });
}
