// The window's keyboard listener and the shortcut sheet, mounted once by the app with the view on
// screen. `?` and F1 open the sheet of that view; every other key goes to the view's tables.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { isTypingIn } from './typingTarget';
import { keyboard, pickCommand, sectionsOf, type KeyView } from './keyboardRegistry';
import { unhandledCommand, type KeyCommand } from './keyCommand';
import { ShortcutSheet } from './ShortcutSheet';

type HelpCommand = 'shortcuts';
const HELP_COMMANDS: readonly KeyCommand<HelpCommand>[] = [
  { id: 'shortcuts', chords: ['?', 'F1'], description: 'Show the keyboard shortcuts of this view' },
];

interface KeyboardLayerProps {
  /** The view on screen; only its commands receive keys. */
  activeView: KeyView;
}

/** Routes key presses to the active view's commands and shows the shortcut sheet. */
export function KeyboardLayer({ activeView }: KeyboardLayerProps) {
  const { sections, sheetOpen } = useSyncExternalStore(keyboard.subscribe, keyboard.getSnapshot);
  const active = useRef(activeView);
  active.current = activeView;

  useEffect(
    () =>
      keyboard.register({
        view: 'everywhere',
        title: 'Help',
        commands: HELP_COMMANDS,
        run: (id) => {
          const command = id as HelpCommand;
          switch (command) {
            case 'shortcuts':
              return keyboard.setSheetOpen(true);
            default:
              return unhandledCommand(command);
          }
        },
      }),
    [],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A widget that used the key, an input method composing, a field being typed in or a modal
      // dialog (which owns every key while open) keep the key.
      if (
        event.defaultPrevented ||
        event.isComposing ||
        isTypingIn(event.target) ||
        document.querySelector('dialog[open]') !== null
      )
        return;
      const picked = pickCommand(keyboard.getSnapshot().sections, active.current, event);
      if (picked === null) return;
      event.preventDefault();
      picked.section.run(picked.command.id, event);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // A view change closes the sheet of the view that went away.
  useEffect(() => keyboard.setSheetOpen(false), [activeView]);

  return sheetOpen ? (
    <ShortcutSheet sections={sectionsOf(sections, activeView)} onClose={() => keyboard.setSheetOpen(false)} />
  ) : null;
}
