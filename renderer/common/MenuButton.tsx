// A button that opens a small menu of actions: arrow keys move, Enter chooses, Escape closes.
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';

/** One entry of a menu. */
export interface MenuAction {
  label: string;
  testId: string;
  onChoose: () => void;
}

interface MenuButtonProps {
  label: string;
  testId: string;
  disabled: boolean;
  actions: MenuAction[];
}

/** A menu button following the WAI-ARIA menu button pattern. */
export function MenuButton({ label, testId, disabled, actions }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const menu = useRef<HTMLDivElement>(null);
  const [alignEnd, setAlignEnd] = useState(false);

  // Keep the menu inside the window: past its right edge, it opens leftwards.
  useLayoutEffect(() => {
    if (!open || menu.current === null || root.current === null) return;
    const button = root.current.getBoundingClientRect();
    setAlignEnd(button.left + menu.current.offsetWidth > document.documentElement.clientWidth - 8);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    items.current[0]?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const moveFocus = (delta: number) => {
    const index = items.current.findIndex((item) => item === document.activeElement);
    items.current[(index + delta + actions.length) % actions.length]?.focus();
  };

  return (
    <div className="menu-button" ref={root}>
      <button
        type="button"
        className="button"
        data-testid={testId}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onClick={() => setOpen(!open)}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          ref={menu}
          className={alignEnd ? 'menu menu-end' : 'menu'}
          role="menu"
          id={menuId}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') moveFocus(1);
            else if (event.key === 'ArrowUp') moveFocus(-1);
            else if (event.key === 'Escape' || event.key === 'Tab') setOpen(false);
            else return;
            event.preventDefault();
          }}
        >
          {actions.map((action, index) => (
            <button
              key={action.testId}
              type="button"
              role="menuitem"
              className="menu-item"
              data-testid={action.testId}
              ref={(element) => {
                items.current[index] = element;
              }}
              onClick={() => {
                setOpen(false);
                action.onChoose();
              }}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
