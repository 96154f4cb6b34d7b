// When several spans lie under the pointer, the smallest is selected and this menu offers the others.
import type { CSSProperties } from 'react';
import type { Span } from '../../shared/domain';
import { Popover } from './Popover';

interface OverlapMenuProps {
  /** The spans under the pointer, smallest first. */
  spans: readonly Span[];
  selectedId: string | null;
  annotator: string;
  at: { x: number; y: number };
  nameOf: (span: Span) => string;
  colorOf: (span: Span) => string;
  onPick: (spanId: string) => void;
  onClose: () => void;
}

/** A list of the overlapping spans at one place; picking one selects it. */
export function OverlapMenu({ spans, selectedId, annotator, at, nameOf, colorOf, onPick, onClose }: OverlapMenuProps) {
  return (
    <Popover at={at} label="Spans here" testId="overlap-menu" onClose={onClose}>
      <p className="menu-title">{spans.length} spans here</p>
      <ul className="menu-list">
        {spans.map((span) => (
          <li key={span.id}>
            <button
              type="button"
              className={span.id === selectedId ? 'menu-item menu-item-current' : 'menu-item'}
              data-testid="overlap-option"
              data-span-id={span.id}
              aria-current={span.id === selectedId ? 'true' : undefined}
              onClick={() => onPick(span.id)}
            >
              <span className="swatch" style={{ '--label-color': colorOf(span) } as CSSProperties} aria-hidden="true" />
              <span className="menu-item-name">
                {nameOf(span)}
                {span.annotator !== annotator && <span className="menu-item-owner"> · {span.annotator}</span>}
              </span>
              <span className="menu-item-quote" dir="auto">
                {span.quote}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Popover>
  );
}
