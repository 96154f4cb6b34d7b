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

  // Placed again when the window or the popover changes size (a filtered list shrinks), so it never
  // hangs over an edge: below the point if it fits, else above it, else pinned inside the window.
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const place = () => {
      const box = element.getBoundingClientRect();
      const margin = 8;
      const left = Math.max(margin, Math.min(at.x, window.innerWidth - box.width - margin));
      const below = at.y + 8;
      const above = at.y - box.height - 28;
      const top =
        below + box.height + margin <= window.innerHeight
          ? below
          : above >= margin
            ? above
            : Math.max(margin, window.innerHeight - box.height - margin);
      setPlace((previous) => (previous.left === left && previous.top === top ? previous : { left, top }));
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(element);
    window.addEventListener('resize', place);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', place);
    };
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
