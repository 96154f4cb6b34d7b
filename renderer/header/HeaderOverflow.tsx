// The header's controls in one row. Those that do not fit go, in a fixed order, into a "More" panel
// at the end of the row, so every control stays reachable at every window width the app allows.
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { overflowingKeys } from './overflowingKeys';

/** One control of the header row. */
export interface HeaderItem {
  key: string;
  node: ReactNode;
  /** The first item marked `end` and those after it sit at the right end of the row. */
  alignEnd?: boolean;
}

interface HeaderOverflowProps {
  items: readonly HeaderItem[];
  /** Keys in the order they move into the More panel as the row gets narrower. */
  overflowOrder: readonly string[];
}

const MORE = 'more';
// Until the More button has been drawn once, its width is this guess.
const MORE_WIDTH_GUESS = 80;

/** The row of header controls with its More panel. */
export function HeaderOverflow({ items, overflowOrder }: HeaderOverflowProps) {
  const rowRef = useRef<HTMLDivElement>(null);
  const moreRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  // Widths as last drawn in the row; a control in the panel keeps the width it had in the row.
  const widths = useRef(new Map<string, number>());
  const latest = useRef({ items, overflowOrder });
  latest.current = { items, overflowOrder };
  const [moved, setMoved] = useState<readonly string[]>([]);
  const [open, setOpen] = useState(false);
  const retry = useRef<number | undefined>(undefined);

  const fit = useCallback(() => {
    const row = rowRef.current;
    if (row === null) return;
    for (const slot of row.querySelectorAll<HTMLElement>(':scope > [data-slot]')) {
      widths.current.set(slot.dataset.slot ?? '', slot.getBoundingClientRect().width);
    }
    // Moving a control remounts it, which would close a dialog it has open; look again once it closed.
    if (document.querySelector('dialog[open]') !== null) {
      window.clearTimeout(retry.current);
      retry.current = window.setTimeout(fit, 500);
      return;
    }
    const { items: current, overflowOrder: order } = latest.current;
    const next = overflowingKeys(
      current.map((item) => item.key),
      order,
      {
        widthOf: (key) => widths.current.get(key) ?? 0,
        moreWidth: widths.current.get(MORE) ?? MORE_WIDTH_GUESS,
        gap: parseFloat(getComputedStyle(row).columnGap) || 0,
        available: row.clientWidth,
      },
    );
    setMoved((previous) =>
      previous.length === next.length && previous.every((key, i) => key === next[i]) ? previous : next,
    );
  }, []);

  // After every render (a control may have changed width), and whenever the row is resized.
  useLayoutEffect(fit);
  useEffect(() => {
    const row = rowRef.current;
    if (row === null) return;
    const observer = new ResizeObserver(fit);
    observer.observe(row);
    return () => {
      observer.disconnect();
      window.clearTimeout(retry.current);
    };
  }, [fit]);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!moreRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const inRow = items.filter((item) => !moved.includes(item.key));
  const inPanel = items.filter((item) => moved.includes(item.key));
  const firstEnd = inRow.find((item) => item.alignEnd === true);

  return (
    <div className="header-row" ref={rowRef}>
      {inRow.map((item) => (
        <div
          key={item.key}
          className={item === firstEnd ? 'header-slot header-slot-end' : 'header-slot'}
          data-slot={item.key}
        >
          {item.node}
        </div>
      ))}
      {inPanel.length > 0 && (
        <div className="header-more" data-slot={MORE} ref={moreRef}>
          <button
            type="button"
            className="button"
            data-testid="header-more"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen(!open)}
          >
            More <span aria-hidden="true">▾</span>
          </button>
          {/* Always mounted, only hidden: a control in it keeps its state and its open dialog. */}
          <div
            className="header-more-panel"
            id={panelId}
            role="group"
            aria-label="More controls"
            data-testid="header-more-panel"
            hidden={!open}
            onKeyDown={(event) => {
              if (event.key !== 'Escape' || event.defaultPrevented) return;
              setOpen(false);
              moreRef.current?.querySelector('button')?.focus();
            }}
            onClick={(event) => {
              // A chosen action closes the panel; a button that opens a menu of its own does not.
              const button = (event.target as Element).closest('button');
              if (button !== null && event.currentTarget.contains(button) && !button.hasAttribute('aria-haspopup'))
                setOpen(false);
            }}
            onChange={(event) => {
              if (event.target instanceof HTMLSelectElement) setOpen(false);
            }}
          >
            {inPanel.map((item) => (
              <div key={item.key} className="header-slot">
                {item.node}
              </div>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
