// Every span of the document in text order, filterable by label. Only the rows in sight are in the
// DOM, so a document with thousands of spans scrolls and updates as fast as one with ten.
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { LabelScheme, Span } from '../../shared/domain';
import type { AnnotationSnapshot } from './annotationStore';
import { spanColor, spanLabelName, topLabels } from './schemeLabels';

const ROW_HEIGHT = 46;
const OVERSCAN = 6;

interface SpanListProps {
  snapshot: AnnotationSnapshot;
  scheme: LabelScheme;
  annotator: string;
  onPick: (spanId: string) => void;
}

/** The document's span list with a label filter; clicking a row selects the span and scrolls to it. */
export function SpanList({ snapshot, scheme, annotator, onPick }: SpanListProps) {
  const [filter, setFilter] = useState('');
  const scrollRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);

  const sorted = snapshot.inTextOrder.inTextOrder();
  const counts = useMemo(() => {
    const byLabel = new Map<string, number>();
    for (const span of sorted) byLabel.set(span.label, (byLabel.get(span.label) ?? 0) + 1);
    return byLabel;
  }, [sorted]);
  const rows = useMemo(
    () => (filter === '' ? sorted : sorted.filter((span) => span.label === filter)),
    [sorted, filter],
  );

  useEffect(() => {
    const element = scrollRef.current;
    if (element === null) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Keep the selected row in sight when the selection moves (Tab, a click in the text).
  const selectedIndex = useMemo(
    () => rows.findIndex((span) => span.id === snapshot.selectedId),
    [rows, snapshot.selectedId],
  );
  useEffect(() => {
    const element = scrollRef.current;
    if (element === null || selectedIndex < 0) return;
    const top = selectedIndex * ROW_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight)
      element.scrollTop = top + ROW_HEIGHT - element.clientHeight;
  }, [selectedIndex]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);

  return (
    <section className="span-list" aria-label="Spans of this document">
      <div className="span-list-header">
        <h2 className="panel-title">Spans</h2>
        <select
          className="select select-small"
          data-testid="span-filter"
          aria-label="Show spans with label"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        >
          <option value="">All labels ({sorted.length})</option>
          {topLabels(scheme).map((label) => (
            <option key={label.key} value={label.key}>
              {label.name} ({counts.get(label.key) ?? 0})
            </option>
          ))}
        </select>
      </div>
      <div
        className="span-list-scroll"
        ref={scrollRef}
        data-testid="span-list"
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        {rows.length === 0 ? (
          <p className="span-list-empty">
            {sorted.length === 0 ? 'No spans yet. Select text and press a label key.' : 'No spans with this label.'}
          </p>
        ) : (
          <ul className="span-rows" style={{ height: rows.length * ROW_HEIGHT }} data-count={rows.length}>
            {rows.slice(first, last).map((span, offset) => (
              <SpanRow
                key={span.id}
                span={span}
                top={(first + offset) * ROW_HEIGHT}
                selected={span.id === snapshot.selectedId}
                save={snapshot.saveStates.get(span.id) ?? 'saved'}
                name={spanLabelName(scheme, span)}
                color={spanColor(scheme, span)}
                own={span.annotator === annotator}
                onPick={onPick}
              />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

interface SpanRowProps {
  span: Span;
  top: number;
  selected: boolean;
  save: string;
  name: string;
  color: string;
  own: boolean;
  onPick: (spanId: string) => void;
}

function SpanRow({ span, top, selected, save, name, color, own, onPick }: SpanRowProps) {
  return (
    <li className="span-row-slot" style={{ top, height: ROW_HEIGHT }}>
      <button
        type="button"
        className={selected ? 'span-row span-row-selected' : 'span-row'}
        data-testid="span-row"
        data-span-id={span.id}
        data-label={span.label}
        data-save={save}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onPick(span.id)}
      >
        <span
          className={own ? 'swatch' : 'swatch swatch-other'}
          style={{ '--label-color': color } as CSSProperties}
          aria-hidden="true"
        />
        <span className="span-row-text">
          <span className="span-row-name">
            {name}
            {!own && <span className="span-row-owner"> · {span.annotator}</span>}
            {save !== 'saved' && (
              <span className="span-row-unsaved"> · {save === 'saving' ? 'saving…' : 'not saved'}</span>
            )}
          </span>
          <span className="span-row-quote" dir="auto">
            {span.quote}
          </span>
        </span>
      </button>
    </li>
  );
}
