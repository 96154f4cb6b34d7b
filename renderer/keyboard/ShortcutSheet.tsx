// The shortcut sheet: every command of the view on screen, printed from the tables that run the
// keys, so it says exactly what the keys do.
import { useEffect, useRef } from 'react';
import { ModalDialog } from '../common/ModalDialog';
import { chordLabels } from './chordLabel';
import type { CommandSection } from './keyboardRegistry';
import '../styles/shortcuts.css';

interface ShortcutSheetProps {
  sections: readonly CommandSection[];
  onClose: () => void;
}

/** A modal list of the view's shortcuts, one table per section; Esc or Close closes it. */
export function ShortcutSheet({ sections, onClose }: ShortcutSheetProps) {
  const closeRef = useRef<HTMLButtonElement>(null);
  // After the dialog opened (its own effect runs first): the focus on Close, not on the scrolling list.
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={onClose} testId="shortcut-sheet">
      <div className="shortcut-sections">
        {ordered(sections).map((section) => (
          <section
            key={section.title}
            className="shortcut-section"
            data-testid="shortcut-section"
            data-section={section.title}
          >
            <h3 className="shortcut-section-title">{section.title}</h3>
            <dl className="shortcut-list">
              {section.commands.map((command, index) => (
                <div
                  key={`${command.id}-${index}`}
                  className="shortcut-row"
                  data-testid="shortcut-row"
                  data-command={command.id}
                >
                  <dt className="shortcut-keys">
                    {chordLabels(command.chords).map((label, at) => (
                      <span key={label}>
                        {at > 0 && <span className="shortcut-or"> or </span>}
                        <kbd>{label}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd className="shortcut-description">{command.description}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="modal-actions">
        <button type="button" className="button" data-testid="shortcut-sheet-close" onClick={onClose} ref={closeRef}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}

/** The view's tables by title, then the keys that work everywhere: the same order however they registered. */
function ordered(sections: readonly CommandSection[]): CommandSection[] {
  const rank = (section: CommandSection) => (section.view === 'everywhere' ? 1 : 0);
  return [...sections].sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}
