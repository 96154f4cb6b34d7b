// A small floating panel at a point of the window, kept inside the viewport; a click outside or
// Escape closes it.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface PopoverProps {
  /** Viewport point to open at (the popover sits below and right of it when there is room). */
  at: { x: number; y: number };
  label: string;
  testId: string;
  onClose: () => void;
  children: ReactNode;
}

/** A floating dialog near a point; focus stays inside while it is open. */
export function Popover({ at, label, testId, onClose, children }: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState({ left: at.x, top: at.y });

  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (box === undefined) return;
    const margin = 8;
    const left = Math.max(margin, Math.min(at.x, window.innerWidth - box.width - margin));
    const below = at.y + 8;
    const top = below + box.height + margin > window.innerHeight ? Math.max(margin, at.y - box.height - 28) : below;
    setPlace({ left, top });
  }, [at.x, at.y]);

  useEffect(() => {
    const closeOutside = (event: MouseEvent) => {
      if (ref.current !== null && !ref.current.contains(event.target as Node)) onClose();
    };
    // Capture, so the click that opened the popover has passed before this listens.
    const timer = setTimeout(() => document.addEventListener('mousedown', closeOutside, true));
    return () => {
      clearTimeout(timer);
      document.removeEventListener('mousedown', closeOutside, true);
    };
  }, [onClose]);

  return (
    <div
      ref={ref}
      className="popover"
      role="dialog"
      aria-label={label}
      data-testid={testId}
      style={{ left: place.left, top: place.top }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          event.preventDefault();
          onClose();
        }
      }}
    >
      {children}
    </div>
  );
}
